<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="+37"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>CatalogList</name>
    <message>
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+57"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs</source>
        <translation>SKUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No content</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orphan</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in Medusa</source>
        <translation>Nicht in Medusa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for Payload</source>
        <translation>Wartet auf Payload</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited here; waiting to be pushed.</source>
        <translation>Hier bearbeitet; wartet auf Übertragung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on the server too: open Pending changes to resolve.</source>
        <translation>Auch auf dem Server geändert: zum Auflösen „Ausstehende Änderungen“ öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server rejected an edit: open the product to fix it.</source>
        <translation>Der Server hat eine Änderung abgelehnt: Produkt öffnen, um sie zu korrigieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In step with Medusa and Payload.</source>
        <translation>Im Einklang mit Medusa und Payload.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="+152"/>
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+1"/>
        <source>No Payload document: content cannot be edited.</source>
        <translation>Kein Payload-Dokument: Inhalt kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+1"/>
        <source>A Payload document whose Medusa product is gone.</source>
        <translation>Ein Payload-Dokument, dessen Medusa-Produkt nicht mehr existiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made here and not yet created in Medusa: the next push creates it.</source>
        <translation>Hier angelegt und noch nicht in Medusa erstellt: die nächste Übertragung erstellt es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created in Medusa from this app; the Medusa → Payload integration has not made its Payload document yet (usually within a minute). Content edits wait for it; if it stays away, Sync → Verify shows why.</source>
        <translation>Aus dieser App in Medusa erstellt; die Integration Medusa → Payload hat sein Payload-Dokument noch nicht angelegt (meist innerhalb einer Minute). Inhaltsänderungen warten darauf; bleibt es aus, zeigt Abgleich → Prüfen den Grund.</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not in Medusa yet (local id {id})</source>
        <translation>Noch nicht in Medusa (lokale ID {id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+164"/>
        <source>Medusa id: {id}</source>
        <translation>Medusa-ID: {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No variant&apos;s stock is managed by Medusa.</source>
        <translation>Bei keiner Variante wird der Bestand von Medusa verwaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available: stocked minus reserved, over every location and variant.</source>
        <translation>Verfügbar: Lagerbestand abzüglich Reservierungen, über alle Standorte und Varianten.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../desktop_app/ui/offline/catalog_page.py" line="+151"/>
        <source>Search title, handle, SKU, description or ID…</source>
        <translation>Titel, Handle, SKU, Beschreibung oder ID suchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any sync state</source>
        <translation>Jeder Abgleich</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+235"/>
        <source>Showing {shown} of {total}</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new product: options, variants, prices, stock (Ctrl+N)</source>
        <translation>Ein neues Produkt anlegen: Optionen, Varianten, Preise, Bestand (Strg+N)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>New product…</source>
        <translation>Neues Produkt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new product (Ctrl+N)</source>
        <translation>Ein neues Produkt anlegen (Strg+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected product&apos;s commerce data</source>
        <translation>Handelsdaten des gewählten Produkts bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new product copying the selected one (Ctrl+D)</source>
        <translation>Ein neues Produkt als Kopie des gewählten anlegen (Strg+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Delete the selected products, after asking (Delete)</source>
        <translation>Die gewählten Produkte nach Rückfrage löschen (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit in grid…</source>
        <translation>In Tabelle bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants, prices and stock of the selected products (two or more), else of the whole search result, as a spreadsheet (Ctrl+G)</source>
        <translation>Varianten, Preise und Bestand der gewählten Produkte (zwei oder mehr), sonst des ganzen Suchergebnisses, als Tabelle (Strg+G)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every state of the selected product: pulled, sent and Payload versions; compare two, restore a field</source>
        <translation>Jeder Stand des gewählten Produkts: abgerufen, gesendet und Payload-Versionen; zwei vergleichen, ein Feld wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Translations…</source>
        <translation>Übersetzungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate the selected product&apos;s content into the shop&apos;s other locales, the source beside the target</source>
        <translation>Den Inhalt des gewählten Produkts in die anderen Sprachen des Shops übersetzen, Quelle neben Ziel</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Delete %Ln products…</source>
        <translation>
            <numerusform>%Ln Produkt löschen…</numerusform>
            <numerusform>%Ln Produkte löschen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{total} shown</source>
        <translation>{total} angezeigt</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Created locally</source>
        <translation>Lokal angelegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select one product to duplicate.</source>
        <translation>Wählen Sie ein Produkt zum Duplizieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicated locally</source>
        <translation>Lokal dupliziert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the products to delete first.</source>
        <translation>Wählen Sie zuerst die zu löschenden Produkte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %Ln products</source>
        <translation>
            <numerusform>%Ln Produkt gelöscht</numerusform>
            <numerusform>%Ln Produkte gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>Select a product first.</source>
        <translation>Wählen Sie zuerst ein Produkt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved locally; pushing…</source>
        <translation>Lokal gespeichert; wird übertragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved locally.</source>
        <translation>Lokal gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working from the local store only</source>
        <translation>Nur mit dem lokalen Speicher</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pulling…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offline: showing the local copy</source>
        <translation>Offline: lokale Kopie wird angezeigt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln product(s) updated.</source>
        <translation>
            <numerusform>%Ln Produkt aktualisiert.</numerusform>
            <numerusform>%Ln Produkte aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pushing…</source>
        <translation>Wird übertragen…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln gesendet</numerusform>
            <numerusform>%Ln gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln abgelehnt</numerusform>
            <numerusform>%Ln abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln locked in Payload</source>
        <translation>
            <numerusform>%Ln in Payload gesperrt</numerusform>
            <numerusform>%Ln in Payload gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln kept for later</source>
        <translation>
            <numerusform>%Ln für später behalten</numerusform>
            <numerusform>%Ln für später behalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Push: {results}</source>
        <translation>Übertragung: {results}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overriding the lock…</source>
        <translation>Sperre wird aufgehoben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lock overridden; the change was sent.</source>
        <translation>Sperre aufgehoben; die Änderung wurde gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still pending: {reason}</source>
        <translation>Noch ausstehend: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/offline/conflict_dialog.py" line="+75"/>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server (last read)</source>
        <translation>Server (zuletzt gelesen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You saw</source>
        <translation>Sie sahen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Server-Wert übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use this value</source>
        <translation>Diesen Wert verwenden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Resolve changes</source>
        <translation>Änderungen auflösen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>These fields changed on the server after you edited them, or the server rejected your value. Choose what to keep; it is sent with the next push.</source>
        <translation>Diese Felder wurden auf dem Server geändert, nachdem Sie sie bearbeitet haben, oder der Server hat Ihren Wert abgelehnt. Wählen Sie, was bleiben soll; es wird mit der nächsten Übertragung gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing left to resolve for this product.</source>
        <translation>Für dieses Produkt ist nichts mehr aufzulösen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything is resolved; the next push sends what you kept.</source>
        <translation>Alles ist aufgelöst; die nächste Übertragung sendet, was Sie behalten haben.</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <location filename="../../desktop_app/ui/offline/connectivity_indicator.py" line="+22"/>
        <source>{server} online</source>
        <translation>{server} online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} is online.</source>
        <translation>{server} ist online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} offline</source>
        <translation>{server} offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} is offline. Edits are kept and pushed when it is back.</source>
        <translation>{server} ist offline. Änderungen bleiben erhalten und werden übertragen, sobald er wieder da ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{server} not checked</source>
        <translation>{server} nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} is not checked.</source>
        <translation>{server} ist nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/crash.py" line="+30"/>
        <source>An unexpected error happened. Your saved edits are safe in the local store. You can keep working, or quit and start the app again. The report below helps fix the problem: copy it and send it to support (keys, passwords and tokens are removed).</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Änderungen sind im lokalen Speicher sicher. Sie können weiterarbeiten oder die App beenden und neu starten. Der Bericht unten hilft, das Problem zu beheben: kopieren Sie ihn und senden Sie ihn an den Support (Schlüssel, Passwörter und Tokens sind entfernt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit the app</source>
        <translation>App beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%Ln more unexpected error(s) since; the log has them all.</source>
        <translation>
            <numerusform>%Ln weiterer unerwarteter Fehler seitdem; das Protokoll enthält alle.</numerusform>
            <numerusform>%Ln weitere unerwartete Fehler seitdem; das Protokoll enthält alle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/help_menu.py" line="+21"/>
        <source>Copy diagnostics</source>
        <translation>Diagnosedaten kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put versions, settings, the servers&apos; answers, recent errors and the doctor&apos;s findings on the clipboard, without secrets, to send to support</source>
        <translation>Versionen, Einstellungen, Antworten der Server, letzte Fehler und Diagnose-Befunde ohne Geheimnisse in die Zwischenablage legen, um sie an den Support zu senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostics</source>
        <translation>Diagnosedaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report goes on the clipboard so you can paste it into a message to support. Keys, passwords and tokens are removed; read it before you send it.</source>
        <translation>Dieser Bericht kommt in die Zwischenablage, damit Sie ihn in eine Nachricht an den Support einfügen können. Schlüssel, Passwörter und Tokens sind entfernt; lesen Sie ihn vor dem Senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collecting… the doctor checks both servers, which can take a few seconds.</source>
        <translation>Wird gesammelt… die Diagnose prüft beide Server; das kann einige Sekunden dauern.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/report_dialog.py" line="+19"/>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard. Secrets (keys, passwords, tokens) were removed.</source>
        <translation>In die Zwischenablage kopiert. Geheimnisse (Schlüssel, Passwörter, Tokens) wurden entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="-59"/>
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+31"/>
        <location line="+14"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+170"/>
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="+78"/>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+190"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="-123"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/field_names.py" line="-13"/>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+2"/>
        <location filename="../../desktop_app/ui/offline/variant_grid.py" line="+139"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+2"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Manage inventory</source>
        <translation>Bestand verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Allow backorder</source>
        <translation>Nachbestellung erlauben</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="+1"/>
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+4"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+3"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+1"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-1"/>
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="+2"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+1"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+1"/>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+60"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+23"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-52"/>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-5"/>
        <source>Sales channels</source>
        <translation>Vertriebskanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-9"/>
        <source>Collection</source>
        <translation>Kollektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+6"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-15"/>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="-129"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="-9"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+7"/>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+9"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="+98"/>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="+27"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/ui/offline/term_pickers.py" line="+217"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{variant} at {location}</source>
        <translation>{variant} in {location}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop_app/ui/offline/values.py" line="+45"/>
        <source>Metadata · {key}</source>
        <translation>Metadaten · {key}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../desktop_app/ui/offline/values.py" line="+12"/>
        <source>(no prices)</source>
        <translation>(keine Preise)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop_app/ui/offline/values.py" line="-3"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/values.py" line="+9"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/values.py" line="-21"/>
        <source>Variant {title} · {field}</source>
        <translation>Variante {title} · {field}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(rich text)</source>
        <translation>(formatierter Text)</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_filters.py" line="+25"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category {names}</source>
        <translation>Kategorie {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All collections</source>
        <translation>Alle Kollektionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collection {names}</source>
        <translation>Kollektion {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag {names}</source>
        <translation>Tag {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type {names}</source>
        <translation>Typ {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sales channels</source>
        <translation>Alle Vertriebskanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales channel {names}</source>
        <translation>Vertriebskanal {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any stock</source>
        <translation>Jeder Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low stock (1–{low})</source>
        <translation>Wenig Bestand (1–{low})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of stock</source>
        <translation>nicht vorrätig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low stock (1–{low} available)</source>
        <translation>wenig Bestand (1–{low} verfügbar)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Available stock: stocked minus reserved, over every variant and location whose stock Medusa manages</source>
        <translation>Verfügbarer Bestand: Lagerbestand abzüglich Reservierungen, über alle Varianten und Standorte, deren Bestand Medusa verwaltet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/completeness_filter.py" line="+19"/>
        <source>Any score</source>
        <translation>Jeder Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score 100%</source>
        <translation>Score 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score under 100%</source>
        <translation>Score unter 100 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>complete content</source>
        <translation>vollständiger Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete content</source>
        <translation>unvollständiger Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failing “{rule}”</source>
        <translation>verfehlt „{rule}“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completeness: the share of the shop&apos;s content rules a product passes (Quality dashboard for the rules)</source>
        <translation>Vollständigkeit: der Anteil der Inhaltsregeln des Shops, die ein Produkt erfüllt (Regeln im Qualitäts-Dashboard)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Fails: {rule}</source>
        <translation>Verfehlt: {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/locale_choice.py" line="+17"/>
        <source>Score: default</source>
        <translation>Score: Standard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score: {locale}</source>
        <translation>Score: {locale}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The locale whose content the Score column and the completeness filter judge: its description and SEO, and whether it is translated</source>
        <translation>Die Sprache, deren Inhalt die Spalte Score und der Vollständigkeitsfilter bewerten: Beschreibung und SEO, und ob übersetzt ist</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_app/ui/formatting.py" line="+18"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Linked</source>
        <translation>✓ Verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Last changed in {server}: {time}</source>
        <translation>Zuletzt geändert in {server}: {time}</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/help_menu.py" line="-14"/>
        <location filename="../../desktop_app/ui/keyboard.py" line="+123"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>InlinePrompt</name>
    <message>
        <location filename="../../desktop_app/ui/offline/inline_prompt.py" line="+73"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../desktop_app/ui/keyboard.py" line="-23"/>
        <source>Go to the product list</source>
        <translation>Zur Produktliste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More toolbar buttons</source>
        <translation>Weitere Werkzeugleisten-Schaltflächen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The toolbar buttons a narrow window has no room for</source>
        <translation>Die Schaltflächen, für die ein schmales Fenster keinen Platz hat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="+106"/>
        <source>Every key the open windows answer to</source>
        <translation>Alle Tasten, auf die die offenen Fenster reagieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_keys.py" line="+20"/>
        <source>Close window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="-12"/>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+69"/>
        <source>Demo shop ready</source>
        <translation>Demo-Shop bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the catalog from Medusa and Payload…
It is kept on this computer, so next time it opens at once.</source>
        <translation>Katalog wird aus Medusa und Payload geladen…
Er wird auf diesem Computer gespeichert und öffnet sich beim nächsten Mal sofort.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull what changed on Medusa and Payload (F5)</source>
        <translation>Änderungen aus Medusa und Payload abrufen (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push now</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the pending changes to the servers</source>
        <translation>Die ausstehenden Änderungen an die Server übertragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+453"/>
        <source>Pending changes</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>Show the edits waiting to be pushed</source>
        <translation>Änderungen zeigen, die auf Übertragung warten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-30"/>
        <location line="+12"/>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new product: options, variants, prices, stock (Ctrl+N)</source>
        <translation>Ein neues Produkt anlegen: Optionen, Varianten, Preise, Bestand (Strg+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected product&apos;s commerce data (or double-click it); the arrow offers Duplicate and Delete</source>
        <translation>Handelsdaten des gewählten Produkts bearbeiten (oder doppelklicken); der Pfeil bietet Duplizieren und Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit content</source>
        <translation>Inhalt bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected product&apos;s Payload content (Ctrl+E)</source>
        <translation>Payload-Inhalt des gewählten Produkts bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulk edit</source>
        <translation>Massenbearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected products, or the whole search result, at once: status, SEO, find/replace; CSV export and import</source>
        <translation>Die gewählten Produkte oder das ganze Suchergebnis auf einmal ändern: Status, SEO, Suchen/Ersetzen; CSV-Export und -Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content quality: completeness of descriptions, SEO, images, prices and locales, per rule and per product</source>
        <translation>Inhaltsqualität: Vollständigkeit von Beschreibungen, SEO, Bildern, Preisen und Sprachen, je Regel und je Produkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grid</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit variants, prices and stock like a spreadsheet: the selected products (two or more), else the whole search result (Ctrl+G)</source>
        <translation>Varianten, Preise und Bestand wie in einer Tabellenkalkulation bearbeiten: die gewählten Produkte (zwei oder mehr), sonst das ganze Suchergebnis (Strg+G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger Medusa → Payload syncs, watch them finish, verify both sides</source>
        <translation>Abgleich Medusa → Payload anstoßen, bis zum Ende verfolgen, beide Seiten prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Doctor</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this shop&apos;s deployment (non-destructive)</source>
        <translation>Die Installation dieses Shops prüfen (ändert nichts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop profiles, connections, appearance and language</source>
        <translation>Shop-Profile, Verbindungen, Darstellung und Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active shop profile</source>
        <translation>Aktives Shop-Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop profile this window shows</source>
        <translation>Das Shop-Profil, das dieses Fenster zeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No shop yet</source>
        <translation>Noch kein Shop</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+384"/>
        <source>Pending changes ({count})</source>
        <translation>Ausstehend ({count})</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Go to the search</source>
        <translation>Zur Suche</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The settings file could not be read:
{error}</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden:
{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings problem</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keyring unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starting the local demo shop…</source>
        <translation>Lokaler Demo-Shop wird gestartet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting up the local demo shop.
The first start installs and seeds Medusa and Payload, which can take a few minutes.</source>
        <translation>Der lokale Demo-Shop wird eingerichtet.
Der erste Start installiert Medusa und Payload und füllt sie mit Daten; das kann einige Minuten dauern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No shop configured</source>
        <translation>Kein Shop eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local demo shop</source>
        <translation>Lokaler Demo-Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the local demo shop (Medusa + Payload) so you can try the app…</source>
        <translation>Der lokale Demo-Shop (Medusa + Payload) wird gestartet, damit Sie die App ausprobieren können…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting the local demo shop</source>
        <translation>Lokaler Demo-Shop wird gestartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo shop unavailable</source>
        <translation>Demo-Shop nicht verfügbar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected to the local demo shop as profile “{name}”. Add your own shop in Settings.</source>
        <translation>Mit dem lokalen Demo-Shop als Profil „{name}“ verbunden. Fügen Sie Ihren eigenen Shop in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to the local demo shop as profile “{name}” (its keys are kept in memory for this run only). Add your own shop in Settings.</source>
        <translation>Mit dem lokalen Demo-Shop als Profil „{name}“ verbunden (seine Schlüssel bleiben nur für diese Sitzung im Speicher). Fügen Sie Ihren eigenen Shop in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The local copy of this shop could not be opened.</source>
        <translation>Die lokale Kopie dieses Shops konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local store unavailable</source>
        <translation>Lokaler Speicher nicht verfügbar</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Showing the local copy.</source>
        <translation>Die lokale Kopie wird angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{server} answered with an error.</source>
        <translation>{server} hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{server} is not available.</source>
        <translation>{server} ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{server} is not connected.</source>
        <translation>{server} ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/crash.py" line="-66"/>
        <location filename="../../desktop_app/ui/main_window.py" line="+12"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="+11"/>
        <source>%Ln product(s) in the local store</source>
        <translation>
            <numerusform>%Ln Produkt im lokalen Speicher</numerusform>
            <numerusform>%Ln Produkte im lokalen Speicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln Änderung wartet</numerusform>
            <numerusform>%Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln needs your decision|%Ln need your decision</source>
        <translation>
            <numerusform>%Ln braucht Ihre Entscheidung</numerusform>
            <numerusform>%Ln brauchen Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+73"/>
        <source>Add a shop profile first (Settings).</source>
        <translation>Legen Sie zuerst ein Shop-Profil an (Einstellungen).</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+8"/>
        <source>Select a product first.</source>
        <translation>Wählen Sie zuerst ein Produkt.</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-74"/>
        <source>&lt;b&gt;The storefront shows Payload&apos;s images, not these.&lt;/b&gt; The storefront of this shop&apos;s design takes its pictures from the product&apos;s Payload document (Edit content → Images). Medusa&apos;s own thumbnail and images below are what Medusa&apos;s admin, its Store API and other channels that read Medusa show.</source>
        <translation>&lt;b&gt;Der Storefront zeigt die Bilder aus Payload, nicht diese.&lt;/b&gt; Der Storefront dieses Shop-Designs nimmt seine Bilder aus dem Payload-Dokument des Produkts (Inhalt bearbeiten → Bilder). Medusas eigenes Vorschaubild und die Bilder unten zeigen Medusas Admin, seine Store-API und andere Kanäle, die Medusa lesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.avif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.avif)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Clear thumbnail</source>
        <translation>Vorschaubild entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medusa · in this order · saved with Save</source>
        <translation>Medusa · in dieser Reihenfolge · gespeichert mit Speichern</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+224"/>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Set as thumbnail</source>
        <translation>Als Vorschaubild</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move earlier</source>
        <translation>Nach vorn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move later</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upload image files to Medusa now (online)</source>
        <translation>Bilddateien jetzt zu Medusa hochladen (online)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No thumbnail</source>
        <translation>Kein Vorschaubild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medusa has no thumbnail for this product.</source>
        <translation>Medusa hat kein Vorschaubild für dieses Produkt.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Upload images to Medusa</source>
        <translation>Bilder zu Medusa hochladen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Medusa is offline: to upload the images, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa ist offline: um die Bilder hochzuladen, muss Medusa online sein. Ihre anderen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not upload the images: {error}</source>
        <translation>Die Bilder konnten nicht hochgeladen werden: {error}</translation>
    </message>
</context>
<context>
    <name>NewProduct</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+3"/>
        <source>Kept on this computer at once; the next push creates it in Medusa, and the integration makes its Payload document.</source>
        <translation>Wird sofort auf diesem Computer gespeichert; die nächste Übertragung legt es in Medusa an, und die Integration erstellt sein Payload-Dokument.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>each combination of values is a variant</source>
        <translation>jede Kombination von Werten ist eine Variante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>untick a combination you do not sell</source>
        <translation>Haken bei nicht verkauften Kombinationen entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>where the product is sold</source>
        <translation>wo das Produkt verkauft wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sales channels are known yet: pull first, or add them to the product later.</source>
        <translation>Noch keine Vertriebskanäle bekannt: zuerst abrufen oder später zum Produkt hinzufügen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What customers see, e.g. Merino Crew Sweater</source>
        <translation>Was Kunden sehen, z. B. Merino-Pullover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made from the title</source>
        <translation>aus dem Titel gebildet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Price for all variants:</source>
        <translation>Preis für alle Varianten:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Track stock</source>
        <translation>Bestand führen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medusa keeps a stock level per location for each variant and stops selling what is out of stock</source>
        <translation>Medusa führt je Variante einen Bestand pro Standort und verkauft nicht, was nicht vorrätig ist</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Discard new product</source>
        <translation>Neues Produkt verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this new product? What you typed is not kept.</source>
        <translation>Dieses neue Produkt verwerfen? Ihre Eingaben werden nicht behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/variant_grid.py" line="+3"/>
        <source>Price {currency}</source>
        <translation>Preis {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock · {location}</source>
        <translation>Bestand · {location}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Tick at least one variant to make.</source>
        <translation>Haken Sie mindestens eine Variante zum Anlegen an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>SKU “{sku}”: a SKU cannot contain spaces.</source>
        <translation>SKU „{sku}“: eine SKU darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Price for all variants in {currency}: {error}</source>
        <translation>Preis für alle Varianten in {currency}: {error}</translation>
    </message>
</context>
<context>
    <name>NoResults</name>
    <message>
        <location filename="../../desktop_app/ui/offline/no_results.py" line="+41"/>
        <source>No products match “{text}”</source>
        <translation>Keine Produkte passen zu „{text}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No products match these filters</source>
        <translation>Keine Produkte passen zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status {statuses}</source>
        <translation>Status {statuses}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync state {states}</source>
        <translation>Abgleich {states}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filtered to {filters}.</source>
        <translation>Gefiltert nach {filters}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop_app/ui/offline/organise_filters.py" line="+49"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search looks at titles, handles, SKUs, descriptions and IDs.</source>
        <translation>Die Suche durchsucht Titel, Handles, SKUs, Beschreibungen und IDs.</translation>
    </message>
</context>
<context>
    <name>NothingLoaded</name>
    <message>
        <location filename="../../desktop_app/ui/nothing_loaded.py" line="+19"/>
        <source>Nothing could be loaded</source>
        <translation>Nichts konnte geladen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{servers} could not be reached</source>
        <comment>several servers</comment>
        <translation>{servers} waren nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{servers} could not be reached</source>
        <translation>{servers} war nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{servers} refused this profile&apos;s credentials</source>
        <comment>several servers</comment>
        <translation>{servers} haben die Zugangsdaten dieses Profils abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{servers} refused this profile&apos;s credentials</source>
        <translation>{servers} hat die Zugangsdaten dieses Profils abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{servers} answered with an error</source>
        <comment>several servers</comment>
        <translation>{servers} haben mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{servers} answered with an error</source>
        <translation>{servers} hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the server addresses in Settings and that the servers are running, then Retry.</source>
        <translation>Prüfen Sie die Serveradressen in den Einstellungen und ob die Server laufen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the keys in Settings, then Retry.</source>
        <translation>Prüfen Sie die Schlüssel in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server addresses and the keys in Settings and that the servers are running, then Retry.</source>
        <translation>Prüfen Sie die Serveradressen und die Schlüssel in den Einstellungen und ob die Server laufen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the servers&apos; logs or this shop&apos;s settings, then Retry.</source>
        <translation>Prüfen Sie die Protokolle der Server oder die Einstellungen dieses Shops und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{causes}, so this shop has no copy on this computer yet.</source>
        <translation>{causes}; daher gibt es von diesem Shop noch keine Kopie auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To try the app first, start the local demo shop.</source>
        <translation>Um die App erst auszuprobieren, starten Sie den lokalen Demo-Shop.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the demo shop</source>
        <translation>Demo-Shop starten</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../desktop_app/ui/notifications/notices.py" line="+19"/>
        <source>Push finished</source>
        <translation>Übertragung beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push failed</source>
        <translation>Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull finished</source>
        <translation>Abruf beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull failed</source>
        <translation>Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished</source>
        <translation>Abgleich beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>Abgleich fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-195"/>
        <location filename="../../desktop_app/ui/offline/operation_words.py" line="+47"/>
        <source>Create product</source>
        <translation>Produkt anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/operation_words.py" line="+2"/>
        <source>Delete product</source>
        <translation>Produkt löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add variant {variant}</source>
        <translation>Variante {variant} hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove variant {variant}</source>
        <translation>Variante {variant} entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add option {option} ({values})</source>
        <translation>Option {option} hinzufügen ({values})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename option {old} to {new}</source>
        <translation>Option {old} umbenennen in {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename option to {new}</source>
        <translation>Option umbenennen in {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove option {option}</source>
        <translation>Option {option} entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add {values}</source>
        <translation>{values} hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove {values}</source>
        <translation>{values} entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option {option}: {changes}</source>
        <translation>Option {option}: {changes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set stock {quantity} at {location}</source>
        <translation>Bestand {quantity} in {location} setzen</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln variant(s)</source>
        <translation>
            <numerusform>%Ln Variante</numerusform>
            <numerusform>%Ln Varianten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Variant {variant}</source>
        <translation>Variante {variant}</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/offline/options_editor.py" line="+23"/>
        <source>e.g. Size</source>
        <translation>z. B. Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. S, M, L</source>
        <translation>z. B. S, M, L</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-215"/>
        <location filename="../../desktop_app/ui/offline/options_editor.py" line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/options_editor.py" line="+1"/>
        <source>Remove this option</source>
        <translation>Diese Option entfernen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../desktop_app/ui/offline/options_panel.py" line="+60"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop_app/ui/offline/options_panel.py" line="+135"/>
        <source>Add option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No options: the product has one variant.</source>
        <translation>Keine Optionen: das Produkt hat eine Variante.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/options_panel.py" line="-135"/>
        <location line="+130"/>
        <location line="+56"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Add option…</source>
        <translation>Option hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add value…</source>
        <translation>Wert hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove value…</source>
        <translation>Wert entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+245"/>
        <location line="+4"/>
        <source>Remove option</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>(no values)</source>
        <translation>(keine Werte)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No options yet: add one (Size, Colour…) to offer variants.</source>
        <translation>Noch keine Optionen: fügen Sie eine hinzu (Größe, Farbe…), um Varianten anzubieten.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{value}: unused</source>
        <translation>{value}: unbenutzt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{value}: %Ln variant(s)</source>
        <translation>
            <numerusform>{value}: %Ln Variante</numerusform>
            <numerusform>{value}: %Ln Varianten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New option</source>
        <translation>Neue Option</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+130"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, like Size</source>
        <translation>Name, etwa Größe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values, like S, M, L</source>
        <translation>Werte, etwa S, M, L</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>The option needs a name.</source>
        <translation>Die Option braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+28"/>
        <source>The product has an option “{option}” already.</source>
        <translation>Das Produkt hat bereits eine Option „{option}“.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Give the option at least one value (separate values with commas).</source>
        <translation>Geben Sie der Option mindestens einen Wert (Werte mit Kommas trennen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value is listed twice.</source>
        <translation>Ein Wert steht doppelt in der Liste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename “{option}”</source>
        <translation>„{option}“ umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New value of {option}</source>
        <translation>Neuer Wert für {option}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value (or several, with commas)</source>
        <translation>Ein Wert (oder mehrere, mit Kommas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{value}” is a value of {option} already.</source>
        <translation>„{value}“ ist bereits ein Wert von {option}.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>{value} — %Ln variant uses it|{value} — %Ln variants use it</source>
        <translation>
            <numerusform>{value} — %Ln Variante verwendet ihn</numerusform>
            <numerusform>{value} — %Ln Varianten verwenden ihn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} — unused</source>
        <translation>{value} — unbenutzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{option} has no values to remove.</source>
        <translation>{option} hat keine Werte zum Entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a value of {option}</source>
        <translation>Einen Wert von {option} entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>One variant uses {option}: remove it first (Medusa keeps an option while a variant uses it).|%Ln variants use {option}: remove them first (Medusa keeps an option while a variant uses it).</source>
        <translation>
            <numerusform>%Ln Variante verwendet {option}: entfernen Sie sie zuerst (Medusa behält eine Option, solange eine Variante sie verwendet).</numerusform>
            <numerusform>%Ln Varianten verwenden {option}: entfernen Sie sie zuerst (Medusa behält eine Option, solange eine Variante sie verwendet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove the option “{option}” and its %Ln value(s)?</source>
        <translation>
            <numerusform>Die Option „{option}“ und ihren %Ln Wert entfernen?</numerusform>
            <numerusform>Die Option „{option}“ und ihre %Ln Werte entfernen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganiseTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_term_words.py" line="+28"/>
        <source>New category…</source>
        <translation>Neue Kategorie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a category in Medusa now (online)</source>
        <translation>Jetzt eine Kategorie in Medusa anlegen (online)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new category</source>
        <translation>Name der neuen Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category needs a name.</source>
        <translation>Die Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medusa is offline: to make the category, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa ist offline: um die Kategorie anzulegen, muss Medusa online sein. Ihre anderen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make the category: {error}</source>
        <translation>Die Kategorie konnte nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New collection…</source>
        <translation>Neue Kollektion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a collection in Medusa now (online)</source>
        <translation>Jetzt eine Kollektion in Medusa anlegen (online)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new collection</source>
        <translation>Name der neuen Kollektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New collection</source>
        <translation>Neue Kollektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection needs a name.</source>
        <translation>Die Kollektion braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medusa is offline: to make the collection, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa ist offline: um die Kollektion anzulegen, muss Medusa online sein. Ihre anderen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make the collection: {error}</source>
        <translation>Die Kollektion konnte nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New tag…</source>
        <translation>Neues Tag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a tag in Medusa now (online)</source>
        <translation>Jetzt ein Tag in Medusa anlegen (online)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new tag</source>
        <translation>Name des neuen Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag</source>
        <translation>Neues Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag needs a name.</source>
        <translation>Das Tag braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medusa is offline: to make the tag, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa ist offline: um das Tag anzulegen, muss Medusa online sein. Ihre anderen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make the tag: {error}</source>
        <translation>Das Tag konnte nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-144"/>
        <source>Medusa · tick each one the product is in</source>
        <translation>Medusa · jede ankreuzen, in der das Produkt ist</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Medusa · where it is sold</source>
        <translation>Medusa · wo es verkauft wird</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+122"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/term_pickers.py" line="-185"/>
        <source>Not in the shop&apos;s list: deleted in Medusa meanwhile, or made since the last pull. Untick it if it was deleted.</source>
        <translation>Nicht in der Liste des Shops: inzwischen in Medusa gelöscht oder seit dem letzten Abruf angelegt. Haken entfernen, falls gelöscht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown category ({id})</source>
        <translation>Unbekannte Kategorie ({id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown collection ({id})</source>
        <translation>Unbekannte Kollektion ({id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown type ({id})</source>
        <translation>Unbekannter Typ ({id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sales channel ({id})</source>
        <translation>Unbekannter Vertriebskanal ({id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown tag ({id})</source>
        <translation>Unbekanntes Tag ({id})</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln gewählt</numerusform>
            <numerusform>%Ln gewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None chosen</source>
        <translation>Keine gewählt</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../../desktop_app/ui/offline/values.py" line="-44"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked in Payload</source>
        <translation>In Payload gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+43"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send the waiting changes to the servers now</source>
        <translation>Die wartenden Änderungen jetzt an die Server übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone has this product open in Payload admin. Send the change anyway: their lock is removed and their unsaved edits there may be lost.</source>
        <translation>Jemand hat dieses Produkt in Payload geöffnet. Die Änderung trotzdem übertragen: die Sperre wird aufgehoben, und dort nicht gespeicherte Änderungen können verloren gehen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="-363"/>
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+34"/>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+28"/>
        <source>Push now</source>
        <translation>Jetzt übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected refused operations again at the next push (after fixing what the server said)</source>
        <translation>Die gewählten abgelehnten Vorgänge bei der nächsten Übertragung erneut senden (nachdem der Fehler behoben ist)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve…</source>
        <translation>Auflösen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override lock</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Nothing waiting: every edit has reached the servers.</source>
        <translation>Nichts ausstehend: alle Änderungen sind bei den Servern angekommen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{waiting} waiting to be pushed · %Ln needs your decision|{waiting} waiting to be pushed · %Ln need your decision</source>
        <translation>
            <numerusform>{waiting} warten auf Übertragung · %Ln braucht Ihre Entscheidung</numerusform>
            <numerusform>{waiting} warten auf Übertragung · %Ln brauchen Ihre Entscheidung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../desktop_app/ui/offline/commerce_editor.py" line="+65"/>
        <source>Choose Keep mine or Take theirs to save: the server changed this meanwhile.</source>
        <translation>Wählen Sie „Meine behalten“ oder „Server-Wert übernehmen“, um zu speichern: der Server hat dies inzwischen geändert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+296"/>
        <source>Reload from server</source>
        <translation>Vom Server neu laden</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Read this product again from Medusa and Payload now</source>
        <translation>Dieses Produkt jetzt neu aus Medusa und Payload lesen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{id} is not in the local store</source>
        <translation>{id} ist nicht im lokalen Speicher</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Something here needs a look</source>
        <translation>Hier ist etwas zu prüfen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Discard my typing and reload</source>
        <translation>Meine Eingaben verwerfen und neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reloading…</source>
        <translation>Wird neu geladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not reload: {error}</source>
        <translation>Neu laden fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save your changes to this product before closing?</source>
        <translation>Ihre Änderungen an diesem Produkt vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="-52"/>
        <source>{marker} marks a product made in this app: a repeated create finds it by this mark instead of making a second one, so it is read-only.</source>
        <translation>{marker} kennzeichnet ein in dieser App angelegtes Produkt: ein wiederholtes Anlegen findet es an dieser Markierung, statt ein zweites zu erstellen; daher ist es schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../desktop_app/ui/offline/inline_prompt.py" line="+36"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+33"/>
        <location line="+9"/>
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-3"/>
        <location line="+2"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The payload_id link cannot be removed here.</source>
        <translation>Die payload_id-Verknüpfung kann hier nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/editor_tab.py" line="+57"/>
        <location line="+4"/>
        <source>Server: {message}</source>
        <translation>Server: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-73"/>
        <source>Medusa images</source>
        <translation>Medusa-Bilder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-172"/>
        <source>Organise</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/stock_tab.py" line="+91"/>
        <location line="+17"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="-24"/>
        <source>Options &amp;&amp; variants</source>
        <translation>Optionen &amp;&amp; Varianten</translation>
    </message>
</context>
<context>
    <name>ProductPrompts</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+101"/>
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="+30"/>
        <source>Another product already has the handle “{handle}”.</source>
        <translation>Ein anderes Produkt hat bereits den Handle „{handle}“.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-46"/>
        <source>Duplicate product</source>
        <translation>Produkt duplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new draft copying “{title}”: its options, variants and prices, organisation and content. SKUs are left empty (each must be unique).</source>
        <translation>Ein neuer Entwurf als Kopie von „{title}“: Optionen, Varianten und Preise, Zuordnung und Inhalt. SKUs bleiben leer (jede muss eindeutig sein).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete “{title}”?</source>
        <translation>„{title}“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln product(s)?</source>
        <translation>
            <numerusform>%Ln Produkt löschen?</numerusform>
            <numerusform>%Ln Produkte löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete products</source>
        <translation>Produkte löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>It is deleted in Medusa at the next push, and its Payload document with it.|They are deleted in Medusa at the next push, and their Payload documents with them.</source>
        <translation>
            <numerusform>Es wird bei der nächsten Übertragung in Medusa gelöscht, sein Payload-Dokument mit ihm.</numerusform>
            <numerusform>Sie werden bei der nächsten Übertragung in Medusa gelöscht, ihre Payload-Dokumente mit ihnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A draft never sent to Medusa is simply dropped.|%Ln drafts never sent to Medusa are simply dropped.</source>
        <translation>
            <numerusform>%Ln nie an Medusa gesendeter Entwurf wird einfach verworfen.</numerusform>
            <numerusform>%Ln nie an Medusa gesendete Entwürfe werden einfach verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone here.</source>
        <translation>Das lässt sich hier nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete|Delete %Ln products</source>
        <translation>
            <numerusform>Löschen</numerusform>
            <numerusform>%Ln Produkte löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pull</name>
    <message>
        <location filename="../../desktop_app/exchange/pull.py" line="+278"/>
        <source>Reading {server}…</source>
        <translation>{server} wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Reading %Ln product(s) from Medusa…</source>
        <translation>
            <numerusform>%Ln Produkt wird aus Medusa gelesen…</numerusform>
            <numerusform>%Ln Produkte werden aus Medusa gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Read %Ln product(s) from Medusa</source>
        <translation>
            <numerusform>%Ln Produkt aus Medusa gelesen</numerusform>
            <numerusform>%Ln Produkte aus Medusa gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln changed in Medusa</source>
        <translation>
            <numerusform>%Ln in Medusa geändert</numerusform>
            <numerusform>%Ln in Medusa geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Reading %Ln document(s) from Payload…</source>
        <translation>
            <numerusform>%Ln Dokument wird aus Payload gelesen…</numerusform>
            <numerusform>%Ln Dokumente werden aus Payload gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Read %Ln document(s) from Payload</source>
        <translation>
            <numerusform>%Ln Dokument aus Payload gelesen</numerusform>
            <numerusform>%Ln Dokumente aus Payload gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln changed in Payload</source>
        <translation>
            <numerusform>%Ln in Payload geändert</numerusform>
            <numerusform>%Ln in Payload geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <location filename="../../desktop_app/api/http.py" line="+147"/>
        <source>Could not connect to {server} at {host} in time. Is the server running and the address right?</source>
        <translation>Keine rechtzeitige Verbindung zu {server} unter {host}. Läuft der Server und stimmt die Adresse?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{server} at {host} did not answer in time. Try again later.</source>
        <translation>{server} unter {host} hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to {server} at {host}. Is the server running and the address right?</source>
        <translation>Keine Verbindung zu {server} unter {host}. Läuft der Server und stimmt die Adresse?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The {server} address is not a valid http(s) URL.</source>
        <translation>Die Adresse von {server} ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to {server} at {host} broke. Try again.</source>
        <translation>Die Verbindung zu {server} unter {host} ist abgebrochen. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/api/payload.py" line="+178"/>
        <source>Payload has no user collection &apos;{collection}&apos;. Check the user collection setting.</source>
        <translation>Payload hat keine Benutzer-Collection „{collection}“. Prüfen Sie die Einstellung „Auth-Collection“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Payload API key not recognised. Check the key and that API keys are enabled for the user.</source>
        <translation>Payload kennt diesen API-Schlüssel nicht. Prüfen Sie den Schlüssel und ob API-Schlüssel für den Benutzer aktiviert sind.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/api/responses.py" line="+50"/>
        <source>The server answered with {type} instead of JSON. Check that the {server} address is correct.</source>
        <translation>Der Server hat mit {type} statt JSON geantwortet. Prüfen Sie, ob die Adresse von {server} stimmt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{server} sent a reply that is not valid JSON.</source>
        <translation>{server} hat eine Antwort gesendet, die kein gültiges JSON ist.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{server} has no API route {path}. Check the {server} address and that the server version is supported.</source>
        <translation>{server} hat keine API-Route {path}. Prüfen Sie die Adresse von {server} und ob die Serverversion unterstützt wird.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Medusa redirected the request. Check the address (for example http vs https).</source>
        <translation>Medusa hat die Anfrage umgeleitet. Prüfen Sie die Adresse (etwa http oder https).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Medusa rejected the email or password.</source>
        <translation>Medusa hat E-Mail oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Medusa did not accept the credentials (wrong, expired or revoked).</source>
        <translation>Medusa hat die Zugangsdaten nicht akzeptiert (falsch, abgelaufen oder widerrufen).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medusa could not find this record.</source>
        <translation>Medusa hat diesen Datensatz nicht gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medusa was busy with a conflicting change; please try again.</source>
        <translation>Medusa war mit einer widersprechenden Änderung beschäftigt; bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Payload redirected the request. Check the address (for example http vs https).</source>
        <translation>Payload hat die Anfrage umgeleitet. Prüfen Sie die Adresse (etwa http oder https).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payload did not accept the credentials.</source>
        <translation>Payload hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payload refused this action. The API key may be wrong, disabled, or belong to a user without access.</source>
        <translation>Payload hat diese Aktion abgelehnt. Der API-Schlüssel ist vielleicht falsch, deaktiviert oder gehört einem Benutzer ohne Zugriff.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payload could not find this document.</source>
        <translation>Payload hat dieses Dokument nicht gefunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document is open in Payload admin by someone else and is locked. Try again later, or override the lock.</source>
        <translation>Dieses Dokument ist in Payload von jemand anderem geöffnet und gesperrt. Versuchen Sie es später erneut oder heben Sie die Sperre auf.</translation>
    </message>
</context>
<context>
    <name>ServerGate</name>
    <message>
        <location filename="../../desktop_app/ui/server_gate.py" line="+50"/>
        <source>{server} is offline: this is possible again when it is back.</source>
        <translation>{server} ist offline: das ist wieder möglich, sobald er zurück ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} and {second} are offline: this is possible again when they are back.</source>
        <translation>{first} und {second} sind offline: das ist wieder möglich, sobald sie zurück sind.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop_app/ui/appearance.py" line="+13"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>System follows the desktop&apos;s light or dark scheme; Light and Dark stay</source>
        <translation>System folgt dem hellen oder dunklen Schema des Desktops; Hell und Dunkel bleiben fest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System follows the desktop&apos;s light or dark scheme</source>
        <translation>System folgt dem hellen oder dunklen Schema des Desktops</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setting_box.py" line="+59"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/log_level.py" line="+13"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (default)</source>
        <translation>Warnungen (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything (debugging)</source>
        <translation>Alles (Fehlersuche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log detail:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much the app writes to its log in {folder} (Help › Open log folder)</source>
        <translation>Wie viel die App in ihr Protokoll in {folder} schreibt (Hilfe › Protokollordner öffnen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log detail</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_box.py" line="+29"/>
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface&apos;s language and the format of numbers, prices and dates; System follows the desktop&apos;s locale</source>
        <translation>Sprache der Oberfläche und Format von Zahlen, Preisen und Daten; System folgt der Einstellung des Desktops</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applies when the app is started again.</source>
        <translation>Gilt nach dem nächsten Start der App.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="+65"/>
        <source>Secret API key</source>
        <translation>Geheimer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing the local store…</source>
        <translation>Lokaler Speicher wird geschlossen…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not tested yet.</source>
        <translation>Noch nicht getestet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Settings — Shop profiles</source>
        <translation>Einstellungen — Shop-Profile</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+439"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>e.g. my-shop</source>
        <translation>z. B. mein-shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Auth collection</source>
        <translation>Auth-Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}  (active)</source>
        <translation>{name}  (aktiv)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored in the keyring; leave blank to keep</source>
        <translation>Im Schlüsselbund gespeichert; leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept for this session; leave blank to keep</source>
        <translation>Für diese Sitzung gemerkt; leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin password</source>
        <translation>Admin-Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key of a Payload user</source>
        <translation>API-Schlüssel eines Payload-Benutzers</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connection test failed</source>
        <translation>Verbindungstest fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection test of these settings failed:
{lines}

Save them anyway?</source>
        <translation>Der Verbindungstest dieser Einstellungen ist fehlgeschlagen:
{lines}

Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It may hold edits that were not sent. They will not be sent to the new server; the store is kept in a backup in {folder}.</source>
        <translation>Er kann nicht gesendete Änderungen enthalten. Sie werden nicht an den neuen Server gesendet; der Speicher wird als Sicherung in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Change the server</source>
        <translation>Server wechseln</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Change the server anyway?</source>
        <translation>Server trotzdem wechseln?</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved (secrets kept for this session only).</source>
        <translation>Gespeichert (Geheimnisse nur für diese Sitzung gemerkt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local copy made with the previous settings was kept as a backup: {path}</source>
        <translation>Die mit den vorigen Einstellungen angelegte lokale Kopie wurde als Sicherung aufbewahrt: {path}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The test could not run: {error}</source>
        <translation>Der Test konnte nicht laufen: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the profile “{name}” and its stored secrets?</source>
        <translation>Das Profil „{name}“ und seine gespeicherten Geheimnisse entfernen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It may hold edits that were not sent; it is kept in a backup in {folder}.</source>
        <translation>Er kann nicht gesendete Änderungen enthalten; er wird als Sicherung in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The local copy of “{name}” was kept as a backup: {path}</source>
        <translation>Die lokale Kopie von „{name}“ wurde als Sicherung aufbewahrt: {path}</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/stock_tab.py" line="-48"/>
        <source>not tracked</source>
        <translation>nicht geführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medusa does not manage this variant&apos;s stock (“Manage inventory” is off on the Options &amp; variants tab), so it has no levels to set.</source>
        <translation>Medusa verwaltet den Bestand dieser Variante nicht („Bestand verwalten“ ist im Reiter „Optionen &amp; Varianten“ aus); es gibt also keine Bestände zu setzen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{stocked}  · {reserved} reserved</source>
        <translation>{stocked}  · {reserved} reserviert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Medusa · stocked quantity per location · saved with Save</source>
        <translation>Medusa · Lagerbestand je Standort · gespeichert mit Speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This shop has no stock locations in the local store yet: pull to read them (Medusa lists them under Settings → Locations).</source>
        <translation>Dieser Shop hat noch keine Lagerstandorte im lokalen Speicher: rufen Sie ab, um sie zu lesen (Medusa führt sie unter Settings → Locations).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reserved: held for orders not yet fulfilled. Available = stocked − reserved, over every location. Blue: set here, sent at the next push.</source>
        <translation>Reserviert: für noch nicht erfüllte Bestellungen zurückgehalten. Verfügbar = Lagerbestand − reserviert, über alle Standorte. Blau: hier gesetzt, mit der nächsten Übertragung gesendet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../../desktop_app/ui/offline/variant_grid.py" line="-125"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stock location {id}</source>
        <translation>Lagerstandort {id}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Type 0 for none: a stock level is not removed here.</source>
        <translation>Geben Sie 0 für keinen ein: ein Bestand wird hier nicht entfernt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No stock level here yet: type a quantity to stock this location.</source>
        <translation>Hier noch kein Bestand: geben Sie eine Menge ein, um diesen Standort zu bestücken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stocked {stocked} (set here, sent at the next push), reserved {reserved}</source>
        <translation>Lagerbestand {stocked} (hier gesetzt, mit der nächsten Übertragung gesendet), reserviert {reserved}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stocked {stocked}, reserved {reserved}</source>
        <translation>Lagerbestand {stocked}, reserviert {reserved}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stocked − reserved, over every location</source>
        <translation>Lagerbestand − reserviert, über alle Standorte</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln available in all</source>
        <translation>
            <numerusform>%Ln insgesamt verfügbar</numerusform>
            <numerusform>%Ln insgesamt verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No variant of this product tracks stock.</source>
        <translation>Keine Variante dieses Produkts führt Bestand.</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+16"/>
        <source>Medusa · each variant has one value of every option · changes are queued at once</source>
        <translation>Medusa · jede Variante hat einen Wert jeder Option · Änderungen werden sofort vorgemerkt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medusa · saved with Save</source>
        <translation>Medusa · gespeichert mit Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add variant…</source>
        <translation>Variante hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Remove variant</source>
        <translation>Variante entfernen</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Add variant</source>
        <translation>Variante hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add, remove or rename options and variants here and they are queued at once (the pending changes list them); typed values wait for Save.</source>
        <translation>Optionen und Varianten, die Sie hier hinzufügen, entfernen oder umbenennen, werden sofort vorgemerkt (die ausstehenden Änderungen listen sie); eingegebene Werte warten auf Speichern.</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <location line="+53"/>
        <source>Remove variant|Remove %Ln variants</source>
        <translation>
            <numerusform>Variante entfernen</numerusform>
            <numerusform>%Ln Varianten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices, like EUR 10.50, Europe: EUR 9</source>
        <translation>Preise, etwa EUR 10.50, Europe: EUR 9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New variant</source>
        <translation>Neue Variante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every option needs a value first (Add value…).</source>
        <translation>Jede Option braucht zuerst einen Wert (Wert hinzufügen…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A variant with these values exists already.</source>
        <translation>Eine Variante mit diesen Werten gibt es schon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another variant has the SKU {sku}.</source>
        <translation>Eine andere Variante hat die SKU {sku}.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Remove the variant {names}? Its prices and stock go with it.|Remove %Ln variants ({names})? Their prices and stock go with them.</source>
        <translation>
            <numerusform>Die Variante {names} entfernen? Ihre Preise und Bestände gehen mit.</numerusform>
            <numerusform>%Ln Varianten ({names}) entfernen? Ihre Preise und Bestände gehen mit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove variants</source>
        <translation>Varianten entfernen</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="+23"/>
        <source>Switching shop closes them. Cancel to go back and save, or discard the changes.</source>
        <translation>Der Shop-Wechsel schließt sie. Abbrechen, um zurückzugehen und zu speichern, oder die Änderungen verwerfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing the window closes them. Cancel to go back and save, or discard the changes.</source>
        <translation>Das Schließen des Fensters schließt sie. Abbrechen, um zurückzugehen und zu speichern, oder die Änderungen verwerfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-21"/>
        <location filename="../../desktop_app/ui/unsaved.py" line="+42"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…und %Ln weiterer</numerusform>
            <numerusform>…und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unsaved.py" line="+1"/>
        <source>An open editor has changes that are not saved:|%Ln open editors have changes that are not saved:</source>
        <translation>
            <numerusform>%Ln geöffneter Editor hat nicht gespeicherte Änderungen:</numerusform>
            <numerusform>%Ln geöffnete Editoren haben nicht gespeicherte Änderungen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/commerce_editor.py" line="-1"/>
        <location filename="../../desktop_app/ui/unsaved.py" line="+2"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="+7"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+15"/>
        <source>Prices per currency and per region, like “EUR 10.50, USD 12, Europe: EUR 9”</source>
        <translation>Preise je Währung und je Region, etwa „EUR 10.50, USD 12, Europe: EUR 9“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Medusa tracks this variant&apos;s stock (the Stock tab sets it)</source>
        <translation>Medusa führt den Bestand dieser Variante (der Reiter Bestand setzt ihn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sell this variant when it is out of stock</source>
        <translation>Diese Variante auch ohne Bestand verkaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As Medusa stores it (the shop decides the unit)</source>
        <translation>Wie Medusa ihn speichert (die Einheit legt der Shop fest)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Added here: Medusa makes it at the next push</source>
        <translation>Hier hinzugefügt: Medusa legt sie bei der nächsten Übertragung an</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/welcome/page.py" line="+38"/>
        <source>Welcome to Shop Admin</source>
        <translation>Willkommen bei Shop Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage the products of a Medusa + Payload shop: search, edit and bulk-change them, online or offline. How would you like to start?</source>
        <translation>Verwalten Sie die Produkte eines Medusa- und Payload-Shops: suchen, bearbeiten und in Massen ändern, online oder offline. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to my shop</source>
        <translation>Mit meinem Shop verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the addresses of your Medusa and Payload servers and their keys. Test connection checks them before anything is saved; the keys go to your system&apos;s keyring.</source>
        <translation>Geben Sie die Adressen Ihrer Medusa- und Payload-Server und deren Schlüssel ein. „Verbindung testen“ prüft sie, bevor etwas gespeichert wird; die Schlüssel kommen in den Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to my shop…</source>
        <translation>Mit meinem Shop verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Try the demo shop</source>
        <translation>Demo-Shop ausprobieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Start a local Medusa + Payload shop with sample products on this computer. The first start installs and fills it, which can take a few minutes.</source>
        <translation>Einen lokalen Medusa- und Payload-Shop mit Beispielprodukten auf diesem Computer starten. Der erste Start installiert und füllt ihn; das kann einige Minuten dauern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo shop is not part of this installation; connect to your shop instead.</source>
        <translation>Der Demo-Shop gehört nicht zu dieser Installation; verbinden Sie stattdessen Ihren Shop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the demo shop…</source>
        <translation>Demo-Shop wird gestartet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing…</source>
        <translation>Vorbereitung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the demo shop was cancelled. Servers it had already started keep running until you stop them (stack/down); trying again picks up from there.</source>
        <translation>Der Start des Demo-Shops wurde abgebrochen. Bereits gestartete Server laufen weiter, bis Sie sie beenden (stack/down); ein neuer Versuch setzt dort an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo shop could not start.</source>
        <translation>Der Demo-Shop konnte nicht starten.</translation>
    </message>
</context>
</TS>
