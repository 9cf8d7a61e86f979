<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessible</name>
    <message>
        <location filename="../../desktop_app/ui/accessible.py" line="+30" />
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title, handle, SKU, description or ID</source>
        <translation>Titel, Handle, SKU, Beschreibung oder ID</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The shop's products; Enter opens the product editor, Ctrl+E its content</source>
        <translation>Die Produkte des Shops; Eingabe öffnet den Produkteditor, Strg+E den Inhalt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Content form</source>
        <translation>Inhaltsformular</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title, subtitle, description, images and SEO</source>
        <translation>Titel, Untertitel, Beschreibung, Bilder und SEO</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Storefront preview</source>
        <translation>Shop-Vorschau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The product as the storefront shows it</source>
        <translation>Das Produkt, wie der Shop es zeigt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gallery images</source>
        <translation>Galeriebilder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag to reorder; Delete removes the selected one</source>
        <translation>Ziehen zum Umordnen; Entf entfernt das ausgewählte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Published, draft, proposed or rejected</source>
        <translation>Veröffentlicht, Entwurf, vorgeschlagen oder abgelehnt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sync state</source>
        <translation>Abgleichsstatus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whether the product's Medusa and Payload records agree</source>
        <translation>Ob die Medusa- und Payload-Einträge des Produkts übereinstimmen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products by available stock</source>
        <translation>Produkte nach verfügbarem Bestand</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Quality score</source>
        <translation>Qualitäts-Score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products by how complete their content is</source>
        <translation>Produkte nach Vollständigkeit ihres Inhalts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The description in markdown: Tab indents a list item, Ctrl+Tab moves on</source>
        <translation>Die Beschreibung in Markdown: Tab rückt einen Listenpunkt ein, Strg+Tab geht weiter</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The product's name, as the storefront shows it</source>
        <translation>Der Name des Produkts, wie der Shop ihn zeigt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A short line shown under the title</source>
        <translation>Eine kurze Zeile unter dem Titel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The product's address in the storefront</source>
        <translation>Die Adresse des Produkts im Shop</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key and value pairs kept with the product in Medusa</source>
        <translation>Schlüssel-Wert-Paare, die Medusa mit dem Produkt speichert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SEO title</source>
        <translation>SEO-Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The title search engines show</source>
        <translation>Der Titel, den Suchmaschinen zeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SEO description</source>
        <translation>SEO-Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The text search engines show</source>
        <translation>Der Text, den Suchmaschinen zeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SEO keywords</source>
        <translation>SEO-Schlüsselwörter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Variant grid</source>
        <translation>Variantentabelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants, prices and stock; Tab goes to the next cell</source>
        <translation>Varianten, Preise und Bestand; Tab geht zur nächsten Zelle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shop profiles</source>
        <translation>Shop-Profile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The profile chosen here is edited on the right</source>
        <translation>Das hier gewählte Profil wird rechts bearbeitet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Profile form</source>
        <translation>Profilformular</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The chosen profile's name, servers and keys</source>
        <translation>Name, Server und Schlüssel des gewählten Profils</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every key the open windows answer to</source>
        <translation>Jede Taste, auf die die offenen Fenster reagieren</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="+37" />
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk/dialog.py" line="+66" />
        <source>%Ln product(s) selected</source>
        <translation>
            <numerusform>%Ln Produkt ausgewählt</numerusform>
            <numerusform>%Ln Produkte ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>All %Ln product(s) in the catalog</source>
        <translation>
            <numerusform>Alle Produkte im Katalog (%Ln)</numerusform>
            <numerusform>Alle %Ln Produkte im Katalog</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>status {statuses}</source>
        <translation>Status {statuses}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>sync state {states}</source>
        <translation>Abgleich {states}</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>All %Ln product(s) matching “{text}”</source>
        <translation>
            <numerusform>Alle Produkte mit „{text}“ (%Ln)</numerusform>
            <numerusform>Alle %Ln Produkte mit „{text}“</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>All %Ln product(s) with {filters}</source>
        <translation>
            <numerusform>Alle Produkte mit {filters} (%Ln)</numerusform>
            <numerusform>Alle %Ln Produkte mit {filters}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>All %Ln product(s) matching “{text}” with {filters}</source>
        <translation>
            <numerusform>Alle Produkte mit „{text}“ und {filters} (%Ln)</numerusform>
            <numerusform>Alle %Ln Produkte mit „{text}“ und {filters}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Sent %Ln field(s)</source>
        <translation>
            <numerusform>%Ln Feld gesendet</numerusform>
            <numerusform>%Ln Felder gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>{sent}, %Ln already on the server</source>
        <translation>
            <numerusform>{sent}, %Ln schon auf dem Server</numerusform>
            <numerusform>{sent}, %Ln schon auf dem Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>{sent}; %Ln need attention or wait for the next push (see Pending changes)</source>
        <translation>
            <numerusform>{sent}; %Ln braucht Aufmerksamkeit oder wartet auf die nächste Übertragung (siehe Ausstehende Änderungen)</numerusform>
            <numerusform>{sent}; %Ln brauchen Aufmerksamkeit oder warten auf die nächste Übertragung (siehe Ausstehende Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>{sent}.</source>
        <translation>{sent}.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+12" />
        <source>Bulk edit</source>
        <translation>Massenbearbeitung</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the chosen products to a CSV file, to change them in a spreadsheet</source>
        <translation>Die gewählten Produkte in eine CSV-Datei schreiben, um sie in einer Tabellenkalkulation zu ändern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read a CSV file back: its changes show in the preview before anything is applied</source>
        <translation>Eine CSV-Datei wieder einlesen: ihre Änderungen erscheinen in der Vorschau, bevor etwas angewendet wird</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show each product's change before anything is written</source>
        <translation>Die Änderung jedes Produkts zeigen, bevor etwas geschrieben wird</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a change and preview it.</source>
        <translation>Wählen Sie eine Änderung und sehen Sie sie in der Vorschau an.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products the change cannot be made to, or that it skips</source>
        <translation>Produkte, bei denen die Änderung nicht möglich ist oder die sie überspringt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Preview of the changes</source>
        <translation>Vorschau der Änderungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each change: product, field, before and after; nothing is written until Apply</source>
        <translation>Jede Änderung: Produkt, Feld, vorher und nachher; bis „Anwenden“ wird nichts geschrieben</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cancel push</source>
        <translation>Übertragung abbrechen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop sending; what is not sent stays in the outbox</source>
        <translation>Das Senden anhalten; was nicht gesendet ist, bleibt im Postausgang</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+106" />
        <location line="+7" />
        <source>Undo bulk edit</source>
        <translation>Massenbearbeitung rückgängig</translation>
    </message>
    <message>
        <location line="-111" />
        <source>Take the last bulk edit back (asks first)</source>
        <translation>Die letzte Massenbearbeitung zurücknehmen (mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the previewed changes to the outbox, and push them when the servers are connected</source>
        <translation>Die Änderungen der Vorschau im Postausgang speichern und übertragen, wenn die Server verbunden sind</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close bulk edit; what was applied stays in the outbox</source>
        <translation>Massenbearbeitung schließen; was angewendet wurde, bleibt im Postausgang</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Preview again to see the change.</source>
        <translation>Öffnen Sie die Vorschau erneut, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Error: {problem}</source>
        <translation>Fehler: {problem}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skipped: {problem}</source>
        <translation>Übersprungen: {problem}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing to preview.</source>
        <translation>Keine Vorschau möglich.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{change}: {summary}.</source>
        <translation>{change}: {summary}.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{products}, {fields}</source>
        <translation>{products}, {fields}</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln Feld</numerusform>
            <numerusform>%Ln Felder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>{change}: {counts}</source>
        <translation>{change}: {counts}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved in the outbox.</source>
        <translation>Im Postausgang gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln product changed since the preview was left as it is.|%Ln products changed since the preview were left as they are.</source>
        <translation>
            <numerusform>%Ln seit der Vorschau geändertes Produkt blieb unverändert.</numerusform>
            <numerusform>%Ln seit der Vorschau geänderte Produkte blieben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recorded as bulk edit #{id}: {counts}.</source>
        <translation>Als Massenbearbeitung #{id} erfasst: {counts}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Undo bulk edit #{id}?

{what}.

Its edits still waiting to be sent are dropped; values it already changed on the servers are set back to what they were. A field changed since by someone else is kept.</source>
        <translation>Massenbearbeitung #{id} rückgängig machen?

{what}.

Ihre noch nicht gesendeten Änderungen werden verworfen; Werte, die sie auf den Servern schon geändert hat, werden auf den vorherigen Stand zurückgesetzt. Ein inzwischen von jemand anderem geändertes Feld bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>They are sent with the next push.</source>
        <translation>Sie werden mit der nächsten Übertragung gesendet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The push stopped: {error}. The edits wait in the outbox.</source>
        <translation>Die Übertragung wurde angehalten: {error}. Die Änderungen warten im Postausgang.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>{done} of %Ln product(s)</source>
        <translation>
            <numerusform>{done} von %Ln Produkt</numerusform>
            <numerusform>{done} von %Ln Produkten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Push cancelled. Nothing is lost: the remaining edits wait in the outbox and go with the next push.</source>
        <translation>Übertragung abgebrochen. Nichts geht verloren: Die übrigen Änderungen warten im Postausgang und gehen mit der nächsten Übertragung.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export products</source>
        <translation>Produkte exportieren</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Import edits</source>
        <translation>Änderungen importieren</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot write {file}: {error}.</source>
        <translation>{file} kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Exported %Ln product(s) to {path}.</source>
        <translation>
            <numerusform>%Ln Produkt nach {path} exportiert.</numerusform>
            <numerusform>%Ln Produkte nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file cannot be imported.</source>
        <translation>Die Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{change} (dry run): {summary}.</source>
        <translation>{change} (Probelauf): {summary}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{change} (dry run): {summary}. Fix the errors in the file and import it again.</source>
        <translation>{change} (Probelauf): {summary}. Beheben Sie die Fehler in der Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk/diff_model.py" line="+21" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0" />
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk/operation_form.py" line="+29" />
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set SEO fields</source>
        <translation>SEO-Felder setzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta title</source>
        <translation>Meta-Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta description</source>
        <translation>Meta-Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta keywords</source>
        <translation>Meta-Schlüsselwörter</translation>
    </message>
    <message>
        <location line="+14" />
        <source>e.g. {title} | My shop</source>
        <translation>z. B. {title} | Mein Shop</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set this field on every chosen product</source>
        <translation>Dieses Feld bei jedem gewählten Produkt setzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} template</source>
        <translation>Vorlage für {field}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Placeholders: {title}, {subtitle}, {handle}</source>
        <translation>Platzhalter: {title}, {subtitle}, {handle}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What to change on every chosen product; its options follow</source>
        <translation>Was bei jedem gewählten Produkt geändert wird; die Optionen dazu folgen</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The status every chosen product gets</source>
        <translation>Der Status, den jedes gewählte Produkt erhält</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New status:</source>
        <translation>Neuer Status:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Ticked fields are set on every product. Placeholders: {title}, {subtitle}, {handle}. Unticked fields are left as they are.</source>
        <translation>Angehakte Felder werden bei jedem Produkt gesetzt. Platzhalter: {title}, {subtitle}, {handle}. Nicht angehakte Felder bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The text to find in the titles and subtitles</source>
        <translation>Der Text, der in Titeln und Untertiteln gesucht wird</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What replaces it; empty removes the text found</source>
        <translation>Was ihn ersetzt; leer entfernt den gefundenen Text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace in the products' titles</source>
        <translation>In den Titeln der Produkte ersetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace in the products' subtitles</source>
        <translation>In den Untertiteln der Produkte ersetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tell capital and small letters apart</source>
        <translation>Groß- und Kleinbuchstaben unterscheiden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find is read as a regular expression</source>
        <translation>„Suchen“ wird als regulärer Ausdruck gelesen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>In:</source>
        <translation>In:</translation>
    </message>
</context>
<context>
    <name>BulkOperations</name>
    <message>
        <location filename="../../desktop_app/bulk/operations.py" line="+37" />
        <source>meta title</source>
        <translation>Meta-Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>meta description</source>
        <translation>Meta-Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>meta keywords</source>
        <translation>Meta-Schlüsselwörter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Unknown status '{status}': use {statuses}.</source>
        <translation>Unbekannter Status „{status}“: Verwenden Sie {statuses}.</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../../desktop_app/ui/bulk/operation_form.py" line="+16" />
        <source>Set status to {status}</source>
        <translation>Status auf {status} setzen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{field}: {error} (write {open} and {close} for literal braces).</source>
        <translation>{field}: {error} (schreiben Sie {open} und {close} für geschweifte Klammern als Text).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{field}: unknown placeholder {placeholder}; use {allowed}.</source>
        <translation>{field}: unbekannter Platzhalter {placeholder}; verwenden Sie {allowed}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose at least one SEO field to set.</source>
        <translation>Wählen Sie mindestens ein SEO-Feld zum Setzen.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Set SEO {fields}</source>
        <translation>SEO {fields} setzen</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Enter the text to find.</source>
        <translation>Geben Sie den zu suchenden Text ein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find and replace works in the title and/or the subtitle.</source>
        <translation>Suchen und ersetzen wirkt im Titel und/oder Untertitel.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Invalid replacement: {error}.</source>
        <translation>Ungültige Ersetzung: {error}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Invalid regular expression: {error}.</source>
        <translation>Ungültiger regulärer Ausdruck: {error}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace regex '{find}' with '{replace}' in {fields}</source>
        <translation>Regex „{find}“ durch „{replace}“ ersetzen in {fields}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace regex '{find}' with '{replace}' in {fields}, any case</source>
        <translation>Regex „{find}“ durch „{replace}“ ersetzen in {fields}, ohne Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Replace text '{find}' with '{replace}' in {fields}</source>
        <translation>Text „{find}“ durch „{replace}“ ersetzen in {fields}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace text '{find}' with '{replace}' in {fields}, any case</source>
        <translation>Text „{find}“ durch „{replace}“ ersetzen in {fields}, ohne Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the title would be empty</source>
        <translation>der Titel wäre leer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose at least one category.</source>
        <translation>Wählen Sie mindestens eine Kategorie.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose at least one tag.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose at least one sales channel.</source>
        <translation>Wählen Sie mindestens einen Verkaufskanal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every category needs an id.</source>
        <translation>Jede Kategorie braucht eine ID.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every tag needs an id.</source>
        <translation>Jeder Tag braucht eine ID.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every sales channel needs an id.</source>
        <translation>Jeder Verkaufskanal braucht eine ID.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its categories are not in the local store yet; pull first</source>
        <translation>seine Kategorien sind noch nicht im lokalen Speicher; rufen Sie zuerst ab</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its tags are not in the local store yet; pull first</source>
        <translation>seine Tags sind noch nicht im lokalen Speicher; rufen Sie zuerst ab</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its sales channels are not in the local store yet; pull first</source>
        <translation>seine Verkaufskanäle sind noch nicht im lokalen Speicher; rufen Sie zuerst ab</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Add to category {names}|Add to categories {names}</source>
        <translation>
            <numerusform>Zur Kategorie {names} hinzufügen</numerusform>
            <numerusform>Zu den Kategorien {names} hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Add to tag {names}|Add to tags {names}</source>
        <translation>
            <numerusform>Zum Tag {names} hinzufügen</numerusform>
            <numerusform>Zu den Tags {names} hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Add to sales channel {names}|Add to sales channels {names}</source>
        <translation>
            <numerusform>Zum Verkaufskanal {names} hinzufügen</numerusform>
            <numerusform>Zu den Verkaufskanälen {names} hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Remove from category {names}|Remove from categories {names}</source>
        <translation>
            <numerusform>Aus der Kategorie {names} entfernen</numerusform>
            <numerusform>Aus den Kategorien {names} entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Remove from tag {names}|Remove from tags {names}</source>
        <translation>
            <numerusform>Vom Tag {names} entfernen</numerusform>
            <numerusform>Von den Tags {names} entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Remove from sales channel {names}|Remove from sales channels {names}</source>
        <translation>
            <numerusform>Aus dem Verkaufskanal {names} entfernen</numerusform>
            <numerusform>Aus den Verkaufskanälen {names} entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30" />
        <source>Cannot organise by '{target}': use {lists}.</source>
        <translation>Nach „{target}“ kann nicht zugeordnet werden: Verwenden Sie {lists}.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Choose a collection, or none to clear it.</source>
        <translation>Wählen Sie eine Kollektion oder keine, um sie zu entfernen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear the collection</source>
        <translation>Kollektion entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set collection to {name}</source>
        <translation>Kollektion auf {name} setzen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose a type, or none to clear it.</source>
        <translation>Wählen Sie einen Typ oder keinen, um ihn zu entfernen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear the type</source>
        <translation>Typ entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set type to {name}</source>
        <translation>Typ auf {name} setzen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/applying.py" line="+51" />
        <source>Undid bulk edit #{id}: {dropped}, {back}</source>
        <translation>Massenbearbeitung #{id} rückgängig gemacht: {dropped}, {back}</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln pending edit(s) dropped</source>
        <translation>
            <numerusform>%Ln ausstehende Änderung verworfen</numerusform>
            <numerusform>%Ln ausstehende Änderungen verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln field(s) to send back</source>
        <translation>
            <numerusform>%Ln Feld zum Zurücksenden</numerusform>
            <numerusform>%Ln Felder zum Zurücksenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>{summary}; %Ln field changed since was kept|{summary}; %Ln fields changed since were kept</source>
        <translation>
            <numerusform>{summary}; %Ln inzwischen geändertes Feld wurde behalten</numerusform>
            <numerusform>{summary}; %Ln inzwischen geänderte Felder wurden behalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Every product changed since the preview; preview again.</source>
        <translation>Jedes Produkt hat sich seit der Vorschau geändert; öffnen Sie die Vorschau erneut.</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../desktop_app/bulk/stock_changes.py" line="+94" />
        <source>Undone with bulk edit #{id}</source>
        <translation>Mit Massenbearbeitung #{id} rückgängig gemacht</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>Fix the error before applying.|Fix the %Ln errors before applying.</source>
        <translation>
            <numerusform>Beheben Sie vor dem Anwenden den Fehler.</numerusform>
            <numerusform>Beheben Sie vor dem Anwenden die %Ln Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>changed since the preview; left as it is</source>
        <translation>seit der Vorschau geändert; unverändert gelassen</translation>
    </message>
    <message>
        <location line="+25" />
        <source>There is no bulk edit #{id}.</source>
        <translation>Es gibt keine Massenbearbeitung #{id}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bulk edit #{id} was already undone ({when}).</source>
        <translation>Massenbearbeitung #{id} wurde bereits rückgängig gemacht ({when}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/csv_io.py" line="+93" />
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Die Datei ist leer: Die erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file has no '{column}' column.</source>
        <translation>Die Datei hat keine Spalte „{column}“.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Unknown column: {names}. Editable columns: {editable}.|Unknown columns: {names}. Editable columns: {editable}.</source>
        <translation>
            <numerusform>Unbekannte Spalte: {names}. Bearbeitbare Spalten: {editable}.</numerusform>
            <numerusform>Unbekannte Spalten: {names}. Bearbeitbare Spalten: {editable}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Column named twice: {names}.|Columns named twice: {names}.</source>
        <translation>
            <numerusform>Doppelt benannte Spalte: {names}.</numerusform>
            <numerusform>Doppelt benannte Spalten: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Line {line}: not valid CSV ({error}).</source>
        <translation>Zeile {line}: kein gültiges CSV ({error}).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>too few cells</source>
        <translation>zu wenige Zellen</translation>
    </message>
    <message>
        <location line="+31" />
        <source>handle: row {row} sets the handle '{handle}' too</source>
        <translation>handle: Zeile {row} setzt das Handle „{handle}“ ebenfalls</translation>
    </message>
    <message>
        <location line="+6" />
        <source>handle: product {other} already has the handle '{handle}'</source>
        <translation>handle: Produkt {other} hat bereits das Handle „{handle}“</translation>
    </message>
    <message>
        <location line="+18" />
        <source>more cells than columns</source>
        <translation>mehr Zellen als Spalten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no {column}</source>
        <translation>kein {column}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{product} appears more than once</source>
        <translation>{product} kommt mehrmals vor</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no product {product} in the local catalog</source>
        <translation>kein Produkt {product} im lokalen Katalog</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{file} is not UTF-8 text.</source>
        <translation>{file} ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read {file}: {error}.</source>
        <translation>{file} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/model.py" line="+35" />
        <source>row {row}: {problem}</source>
        <translation>Zeile {row}: {problem}</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{products} ({fields})</source>
        <translation>{products} ({fields})</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln product changes|%Ln products change</source>
        <translation>
            <numerusform>%Ln Produkt ändert sich</numerusform>
            <numerusform>%Ln Produkte ändern sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln Feld</numerusform>
            <numerusform>%Ln Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>{summary}; %Ln needs no change|{summary}; %Ln need no change</source>
        <translation>
            <numerusform>{summary}; %Ln braucht keine Änderung</numerusform>
            <numerusform>{summary}; %Ln brauchen keine Änderung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{summary}; %Ln skipped</source>
        <translation>
            <numerusform>{summary}; %Ln übersprungen</numerusform>
            <numerusform>{summary}; %Ln übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{summary}; %Ln error(s)</source>
        <translation>
            <numerusform>{summary}; %Ln Fehler</numerusform>
            <numerusform>{summary}; %Ln Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/planning.py" line="+28" />
        <source>no Payload document is stored; pull first</source>
        <translation>kein Payload-Dokument gespeichert; rufen Sie zuerst ab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no Medusa product is stored; pull first</source>
        <translation>kein Medusa-Produkt gespeichert; rufen Sie zuerst ab</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not in the local catalog</source>
        <translation>nicht im lokalen Katalog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/stock_changes.py" line="-36" />
        <source>stock changed since the preview; left as it is</source>
        <translation>Bestand seit der Vorschau geändert; unverändert gelassen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/validate.py" line="+22" />
        <source>status '{status}' is not one of {statuses}</source>
        <translation>Status „{status}“ ist keiner von {statuses}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a handle is required</source>
        <translation>ein Handle ist erforderlich</translation>
    </message>
    <message>
        <location line="+3" />
        <source>handle '{handle}' is not URL safe: use lowercase letters, digits and single hyphens between words</source>
        <translation>Handle „{handle}“ ist nicht URL-sicher: Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche zwischen Wörtern</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the title cannot be empty</source>
        <translation>der Titel darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an organise list holds ids only</source>
        <translation>eine Zuordnungsliste enthält nur IDs</translation>
    </message>
    <message>
        <location line="+7" />
        <source>not an id</source>
        <translation>keine ID</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <location filename="../../desktop_app/api/capabilities.py" line="+121" />
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drafts and publishing</source>
        <translation>Entwürfe und Veröffentlichung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Translations of content (Payload)</source>
        <translation>Übersetzungen der Inhalte (Payload)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Translations of product data (Medusa)</source>
        <translation>Übersetzungen der Produktdaten (Medusa)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Scheduled publishing</source>
        <translation>Geplante Veröffentlichung</translation>
    </message>
    <message>
        <location line="+118" />
        <source>Payload's products collection has no versions: turn on versions (with drafts: versions.drafts) in the collection config.</source>
        <translation>Die Produkt-Collection von Payload hat keine Versionen: Aktivieren Sie versions (mit Entwürfen: versions.drafts) in der Collection-Konfiguration.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Payload's products collection keeps versions, but this API key's user may not read them: allow readVersions in the collection's access rules.</source>
        <translation>Die Produkt-Collection von Payload speichert Versionen, aber der Benutzer dieses API-Schlüssels darf sie nicht lesen: Erlauben Sie readVersions in den Zugriffsregeln der Collection.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Payload has no scheduled publishing for products: turn on versions.drafts.schedulePublish in the collection config (and jobs.autoRun, so due jobs run).</source>
        <translation>Payload hat keine geplante Veröffentlichung für Produkte: Aktivieren Sie versions.drafts.schedulePublish in der Collection-Konfiguration (und jobs.autoRun, damit fällige Jobs laufen).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Payload schedules publishing from its admin only: its payload-jobs collection is closed to the REST API. Let signed-in users read, create and delete schedulePublish jobs (jobs.jobsCollectionOverrides), as the editorial stack does (stack/payload/src/editorial/scheduling.ts).</source>
        <translation>Payload plant Veröffentlichungen nur in seinem Admin: Seine Collection payload-jobs ist für die REST-API gesperrt. Erlauben Sie angemeldeten Benutzern, schedulePublish-Jobs zu lesen, anzulegen und zu löschen (jobs.jobsCollectionOverrides), wie es der Editorial-Stack tut (stack/payload/src/editorial/scheduling.ts).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Payload's products collection has no drafts: turn on versions.drafts in the collection config.</source>
        <translation>Die Produkt-Collection von Payload hat keine Entwürfe: Aktivieren Sie versions.drafts in der Collection-Konfiguration.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Payload's product content is not localised: add localization (locales and a default locale) to the Payload config and mark title, subtitle, description and the SEO fields localized.</source>
        <translation>Der Produktinhalt in Payload ist nicht lokalisiert: Ergänzen Sie localization (Sprachen und eine Standardsprache) in der Payload-Konfiguration und markieren Sie title, subtitle, description und die SEO-Felder als localized.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Medusa has no translation routes: turn on its Translation module (Medusa 2.12.3 or later): add { resolve: "@medusajs/medusa/translation" } to modules and featureFlags: { translation: true } in medusa-config.ts, then run medusa db:migrate.</source>
        <translation>Medusa hat keine Übersetzungsrouten: Aktivieren Sie das Translation-Modul (Medusa 2.12.3 oder neuer): Ergänzen Sie { resolve: "@medusajs/medusa/translation" } unter modules und featureFlags: { translation: true } in medusa-config.ts und führen Sie dann medusa db:migrate aus.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Medusa's translation routes are on but its Translation module is not loaded: add { resolve: "@medusajs/medusa/translation" } to modules in medusa-config.ts (the feature flag alone does not load it), then run medusa db:migrate.</source>
        <translation>Die Übersetzungsrouten von Medusa sind aktiv, aber das Translation-Modul ist nicht geladen: Ergänzen Sie { resolve: "@medusajs/medusa/translation" } unter modules in medusa-config.ts (das Feature-Flag allein lädt es nicht) und führen Sie dann medusa db:migrate aus.</translation>
    </message>
    <message>
        <location line="+220" />
        <source>Could not check: this API key's user may not read Payload's products.</source>
        <translation>Nicht prüfbar: Der Benutzer dieses API-Schlüssels darf die Produkte in Payload nicht lesen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not check: Payload answered the localisation check unexpectedly.</source>
        <translation>Nicht prüfbar: Payload hat auf die Prüfung der Lokalisierung unerwartet geantwortet.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Scheduled publishing needs drafts. {reason}</source>
        <translation>Geplante Veröffentlichung braucht Entwürfe. {reason}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Could not check: Payload's access rules could not be read.</source>
        <translation>Nicht prüfbar: Die Zugriffsregeln von Payload konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Could not check: Payload lists versions for products but did not return them.</source>
        <translation>Nicht prüfbar: Payload führt Versionen für Produkte, hat sie aber nicht geliefert.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Could not check: Payload answered the versions check unexpectedly.</source>
        <translation>Nicht prüfbar: Payload hat auf die Prüfung der Versionen unerwartet geantwortet.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Could not check: Payload's access rules could not be read and no product shows its status.</source>
        <translation>Nicht prüfbar: Die Zugriffsregeln von Payload konnten nicht gelesen werden, und kein Produkt zeigt seinen Status.</translation>
    </message>
    <message>
        <location line="+130" />
        <source>Not checked: {reason}</source>
        <translation>Nicht geprüft: {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not check: {error}</source>
        <translation>Nicht prüfbar: {error}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no Medusa connection</source>
        <translation>keine Verbindung zu Medusa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no Payload connection</source>
        <translation>keine Verbindung zu Payload</translation>
    </message>
</context>
<context>
    <name>CatalogList</name>
    <message>
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+60" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SKUs</source>
        <translation>SKUs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No content</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orphan</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not in Medusa</source>
        <translation>Nicht in Medusa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for Payload</source>
        <translation>Wartet auf Payload</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>{server} not read yet</source>
        <translation>{server} noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{server} has not been read into this copy yet: whether the product is there is not known. Refresh once {server} answers.</source>
        <translation>{server} wurde noch nicht in diese Kopie gelesen: ob das Produkt dort ist, ist nicht bekannt. Aktualisieren, sobald {server} antwortet.</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Edited here; waiting to be pushed.</source>
        <translation>Hier bearbeitet; wartet auf Übertragung.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed on the server too: open Pending changes to resolve.</source>
        <translation>Auch auf dem Server geändert: zum Auflösen „Ausstehende Änderungen“ öffnen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server rejected an edit: open the product to fix it.</source>
        <translation>Der Server hat eine Änderung abgelehnt: Produkt öffnen, um sie zu korrigieren.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In step with Medusa and Payload.</source>
        <translation>Im Einklang mit Medusa und Payload.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="+154" />
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+1" />
        <source>No Payload document: content cannot be edited.</source>
        <translation>Kein Payload-Dokument: Inhalt kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+1" />
        <source>A Payload document whose Medusa product is gone.</source>
        <translation>Ein Payload-Dokument, dessen Medusa-Produkt nicht mehr existiert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made here and not yet created in Medusa: the next push creates it.</source>
        <translation>Hier angelegt und noch nicht in Medusa erstellt: die nächste Übertragung erstellt es.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Created in Medusa from this app; the Medusa → Payload integration has not made its Payload document yet (usually within a minute). Content edits wait for it; if it stays away, Sync → Verify shows why.</source>
        <translation>Aus dieser App in Medusa erstellt; die Integration Medusa → Payload hat sein Payload-Dokument noch nicht angelegt (meist innerhalb einer Minute). Inhaltsänderungen warten darauf; bleibt es aus, zeigt Abgleich → Prüfen den Grund.</translation>
    </message>
    <message>
        <location line="+302" />
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Not in Medusa yet (local id {id})</source>
        <translation>Noch nicht in Medusa (lokale ID {id})</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+164" />
        <source>Medusa id: {id}</source>
        <translation>Medusa-ID: {id}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No variant's stock is managed by Medusa.</source>
        <translation>Bei keiner Variante wird der Bestand von Medusa verwaltet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Available: stocked minus reserved, over every location and variant.</source>
        <translation>Verfügbar: Lagerbestand abzüglich Reservierungen, über alle Standorte und Varianten.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../desktop_app/ui/offline/catalog_page.py" line="+161" />
        <source>Search title, handle, SKU, description or ID…</source>
        <translation>Titel, Handle, SKU, Beschreibung oder ID suchen…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Any sync state</source>
        <translation>Jeder Abgleich</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+235" />
        <source>Showing {shown} of {total}</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
        <location line="-219" />
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make a new product: options, variants, prices, stock (Ctrl+N)</source>
        <translation>Ein neues Produkt anlegen: Optionen, Varianten, Preise, Bestand (Strg+N)</translation>
    </message>
    <message>
        <location line="+73" />
        <source>New product…</source>
        <translation>Neues Produkt…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new product (Ctrl+N)</source>
        <translation>Ein neues Produkt anlegen (Strg+N)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the selected product's commerce data</source>
        <translation>Handelsdaten des gewählten Produkts bearbeiten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new product copying the selected one (Ctrl+D)</source>
        <translation>Ein neues Produkt als Kopie des gewählten anlegen (Strg+D)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+60" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Delete the selected products, after asking (Delete)</source>
        <translation>Die gewählten Produkte nach Rückfrage löschen (Entf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit in grid…</source>
        <translation>In Tabelle bearbeiten…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants, prices and stock of the selected products (two or more), else of the whole search result, as a spreadsheet (Ctrl+G)</source>
        <translation>Varianten, Preise und Bestand der gewählten Produkte (zwei oder mehr), sonst des ganzen Suchergebnisses, als Tabelle (Strg+G)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Timeline…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every state of the selected product: pulled, sent and Payload versions; compare two, restore a field</source>
        <translation>Jeder Stand des gewählten Produkts: abgerufen, gesendet und Payload-Versionen; zwei vergleichen, ein Feld wiederherstellen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Translations…</source>
        <translation>Übersetzungen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Translate the selected product's content into the shop's other locales, the source beside the target</source>
        <translation>Den Inhalt des gewählten Produkts in die anderen Sprachen des Shops übersetzen, Quelle neben Ziel</translation>
    </message>
    <message numerus="yes">
        <location line="+36" />
        <source>Delete %Ln products…</source>
        <translation>
            <numerusform>%Ln Produkt löschen…</numerusform>
            <numerusform>%Ln Produkte löschen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71" />
        <source>{total} shown</source>
        <translation>{total} angezeigt</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Created locally</source>
        <translation>Lokal angelegt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Select one product to duplicate.</source>
        <translation>Wählen Sie ein Produkt zum Duplizieren.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Duplicated locally</source>
        <translation>Lokal dupliziert</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Select the products to delete first.</source>
        <translation>Wählen Sie zuerst die zu löschenden Produkte.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Deleted %Ln products</source>
        <translation>
            <numerusform>%Ln Produkt gelöscht</numerusform>
            <numerusform>%Ln Produkte gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+8" />
        <source>Select a product first.</source>
        <translation>Wählen Sie zuerst ein Produkt.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Saved locally; pushing…</source>
        <translation>Lokal gespeichert; wird übertragen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved locally.</source>
        <translation>Lokal gespeichert.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Working from the local store only</source>
        <translation>Nur mit dem lokalen Speicher</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Pulling…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Offline: showing the local copy</source>
        <translation>Offline: lokale Kopie wird angezeigt</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln product(s) updated.</source>
        <translation>
            <numerusform>%Ln Produkt aktualisiert.</numerusform>
            <numerusform>%Ln Produkte aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Pushing…</source>
        <translation>Wird übertragen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline/push_words.py" line="+17" />
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln gesendet</numerusform>
            <numerusform>%Ln gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln written over a draft saved elsewhere meanwhile (see the timeline)</source>
        <translation>
            <numerusform>%Ln über einen inzwischen anderswo gespeicherten Entwurf geschrieben (siehe Verlauf)</numerusform>
            <numerusform>%Ln über inzwischen anderswo gespeicherte Entwürfe geschrieben (siehe Verlauf)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln abgelehnt</numerusform>
            <numerusform>%Ln abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln locked in Payload</source>
        <translation>
            <numerusform>%Ln in Payload gesperrt</numerusform>
            <numerusform>%Ln in Payload gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln kept for later</source>
        <translation>
            <numerusform>%Ln für später behalten</numerusform>
            <numerusform>%Ln für später behalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>another process took over the push</source>
        <translation>ein anderer Prozess hat die Übertragung übernommen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Push failed: {error}</source>
        <translation>Übertragung fehlgeschlagen: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="-38" />
        <source>%Ln product(s) created</source>
        <translation>
            <numerusform>%Ln Produkt angelegt</numerusform>
            <numerusform>%Ln Produkte angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln product(s) deleted</source>
        <translation>
            <numerusform>%Ln Produkt gelöscht</numerusform>
            <numerusform>%Ln Produkte gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29" />
        <source>Push: {results}</source>
        <translation>Übertragung: {results}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/catalog_page.py" line="+23" />
        <source>Overriding the lock…</source>
        <translation>Sperre wird aufgehoben…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Lock overridden; the change was sent.</source>
        <translation>Sperre aufgehoben; die Änderung wurde gesendet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Still pending: {reason}</source>
        <translation>Noch ausstehend: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/offline/conflict_dialog.py" line="+75" />
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server (last read)</source>
        <translation>Server (zuletzt gelesen)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You saw</source>
        <translation>Sie sahen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yours</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take theirs</source>
        <translation>Server-Wert übernehmen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Use this value</source>
        <translation>Diesen Wert verwenden</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Resolve changes</source>
        <translation>Änderungen auflösen</translation>
    </message>
    <message>
        <location line="+51" />
        <source>These fields changed on the server after you edited them, or the server rejected your value. Choose what to keep; it is sent with the next push.</source>
        <translation>Diese Felder wurden auf dem Server geändert, nachdem Sie sie bearbeitet haben, oder der Server hat Ihren Wert abgelehnt. Wählen Sie, was bleiben soll; es wird mit der nächsten Übertragung gesendet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing left to resolve for this product.</source>
        <translation>Für dieses Produkt ist nichts mehr aufzulösen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Everything is resolved; the next push sends what you kept.</source>
        <translation>Alles ist aufgelöst; die nächste Übertragung sendet, was Sie behalten haben.</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_note.py" line="+93" />
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save your value over the server's new one</source>
        <translation>Ihren Wert statt des neuen Werts vom Server speichern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take theirs</source>
        <translation>Server übernehmen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drop your typing and use the server's new value</source>
        <translation>Ihre Eingabe verwerfen und den neuen Wert vom Server verwenden</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{field} — changed in Payload meanwhile: “{theirs}”</source>
        <translation>{field} — inzwischen in Payload geändert: „{theirs}“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changed in Payload meanwhile: “{theirs}”</source>
        <translation>Inzwischen in Payload geändert: „{theirs}“</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{field} — changed on the server meanwhile: “{theirs}”</source>
        <translation>{field} — inzwischen auf dem Server geändert: „{theirs}“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changed on the server meanwhile: “{theirs}”</source>
        <translation>Inzwischen auf dem Server geändert: „{theirs}“</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <location filename="../../desktop_app/ui/offline/connectivity_indicator.py" line="+22" />
        <source>{server} online</source>
        <translation>{server} online</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{server} is online.</source>
        <translation>{server} ist online.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{server} offline</source>
        <translation>{server} offline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{server} is offline. Edits are kept and pushed when it is back.</source>
        <translation>{server} ist offline. Änderungen bleiben erhalten und werden übertragen, sobald er wieder da ist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{server} not checked</source>
        <translation>{server} nicht geprüft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{server} is not checked.</source>
        <translation>{server} ist nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>ContentEditor</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/action_banner.py" line="+29" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/editor_window.py" line="+101" />
        <source>Changed in Payload while you were editing</source>
        <translation>In Payload geändert, während Sie bearbeitet haben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose Keep mine or Take theirs under each marked field, then save.</source>
        <translation>Wählen Sie unter jedem markierten Feld „Meine behalten“ oder „Server übernehmen“ und speichern Sie dann.</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73" />
        <source>Edit content</source>
        <translation>Inhalt bearbeiten</translation>
    </message>
    <message>
        <location line="+75" />
        <location line="+45" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Close window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+189" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-185" />
        <location line="+685" />
        <source>Timeline…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="-682" />
        <source>Every state of this product: compare, restore a field</source>
        <translation>Jeder Stand dieses Produkts: vergleichen, ein Feld wiederherstellen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Translations…</source>
        <translation>Übersetzungen…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Translate this product's content: the source locale beside the target</source>
        <translation>Den Inhalt dieses Produkts übersetzen: die Ausgangssprache neben der Zielsprache</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Undo every change since the last save</source>
        <translation>Alle Änderungen seit dem letzten Speichern rückgängig machen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save to Payload (Ctrl+S)</source>
        <translation>In Payload speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Markdown · saved to Payload as rich text · &lt;u&gt;, &lt;sub&gt;, &lt;mark&gt;… keep what markdown cannot</source>
        <translation>Markdown · in Payload als Rich Text gespeichert · &lt;u&gt;, &lt;sub&gt;, &lt;mark&gt;… bewahren, was Markdown nicht kann</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Markdown · saved to Payload as rich text</source>
        <translation>Markdown · in Payload als Rich Text gespeichert</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Storefront preview</source>
        <translation>Shop-Vorschau</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not load the product</source>
        <translation>Das Produkt konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+512" />
        <location line="+22" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-506" />
        <source>no handle</source>
        <translation>kein Handle</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{title} — Edit content</source>
        <translation>{title} — Inhalt bearbeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+530" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="-529" />
        <source>Payload cannot be reached: showing the copy on this computer. Saves are kept here and sent later; images need a connection.</source>
        <translation>Payload ist nicht erreichbar: Sie sehen die Kopie auf diesem Computer. Gespeichertes bleibt hier und wird später übertragen; Bilder brauchen eine Verbindung.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Formatting markdown cannot express</source>
        <translation>Formatierung, die Markdown nicht ausdrücken kann</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This description uses formatting from Payload admin (such as underline, colours, alignment or embedded media). It is kept unless you edit the description here.</source>
        <translation>Diese Beschreibung nutzt Formatierungen aus dem Payload-Admin (etwa Unterstreichung, Farben, Ausrichtung oder eingebettete Medien). Sie bleiben erhalten, solange Sie die Beschreibung hier nicht bearbeiten.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unsent changes</source>
        <translation>Nicht übertragene Änderungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some changes of this product are still waiting to be sent to Payload.</source>
        <translation>Einige Änderungen an diesem Produkt warten noch darauf, an Payload übertragen zu werden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Send now</source>
        <translation>Jetzt übertragen</translation>
    </message>
    <message numerus="yes">
        <location line="+59" />
        <source>%n unsaved change(s) ({locales})</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung ({locales})</numerusform>
            <numerusform>%n ungespeicherte Änderungen ({locales})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung</numerusform>
            <numerusform>%n ungespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting to send</source>
        <translation>Wartet auf Übertragung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+166" />
        <location line="+8" />
        <source>Title required</source>
        <translation>Titel erforderlich</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Payload needs a product title.</source>
        <translation>Payload braucht einen Produkttitel.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Payload needs a title in {locale} before the other {locale} fields can be saved.</source>
        <translation>Payload braucht einen Titel in {locale}, bevor die anderen Felder in {locale} gespeichert werden können.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Saved over another draft</source>
        <translation>Über einen anderen Entwurf gespeichert</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+107" />
        <source>Saved on this computer</source>
        <translation>Auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <location line="-104" />
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open in Payload admin by someone else</source>
        <translation>Im Payload-Admin von jemand anderem geöffnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your changes are kept on this computer. Retry when they are done, or override their lock (their unsaved changes in Payload admin may be lost).</source>
        <translation>Ihre Änderungen bleiben auf diesem Computer. Versuchen Sie es erneut, wenn die andere Person fertig ist, oder heben Sie ihre Sperre auf (ihre ungespeicherten Änderungen im Payload-Admin können verloren gehen).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Override</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Changed in Payload</source>
        <translation>In Payload geändert</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Take theirs</source>
        <translation>Server übernehmen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+112" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save your changes to Payload before closing?</source>
        <translation>Ihre Änderungen vor dem Schließen in Payload speichern?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/hook.py" line="+34" />
        <source>“{title}” has no Payload document yet: its content cannot be edited.</source>
        <translation>„{title}“ hat noch kein Payload-Dokument: Sein Inhalt kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/locale_editing.py" line="+27" />
        <source>Product title (required)</source>
        <translation>Produkttitel (erforderlich)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A short line under the title</source>
        <translation>Eine kurze Zeile unter dem Titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/markdown_actions.py" line="+36" />
        <source>bold text</source>
        <translation>fetter Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>italic text</source>
        <translation>kursiver Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>struck text</source>
        <translation>durchgestrichener Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/rendering.py" line="+119" />
        <source>Untitled product</source>
        <translation>Produkt ohne Titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/source_editor.py" line="+63" />
        <source>Describe the product in markdown: ## headings, **bold**, *italic*, - lists, &gt; quotes, [links](https://…)</source>
        <translation>Beschreiben Sie das Produkt in Markdown: ## Überschriften, **fett**, *kursiv*, - Listen, &gt; Zitate, [Links](https://…)</translation>
    </message>
    <message>
        <location line="+123" />
        <source>Bold ({key})</source>
        <translation>Fett ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Italic ({key})</source>
        <translation>Kursiv ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strikethrough ({key})</source>
        <translation>Durchgestrichen ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inline code ({key})</source>
        <translation>Code im Text ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Heading ({key})</source>
        <translation>Überschrift ({key})</translation>
    </message>
    <message>
        <location line="-12" />
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Bulleted list ({key})</source>
        <translation>Aufzählung ({key})</translation>
    </message>
    <message>
        <location line="-12" />
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Numbered list ({key})</source>
        <translation>Nummerierte Liste ({key})</translation>
    </message>
    <message>
        <location line="-12" />
        <source>☑ Tasks</source>
        <translation>☑ Aufgaben</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Checklist ({key})</source>
        <translation>Checkliste ({key})</translation>
    </message>
    <message>
        <location line="-12" />
        <source>❝ Quote</source>
        <translation>❝ Zitat</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Quote ({key})</source>
        <translation>Zitat ({key})</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Link ({key})</source>
        <translation>Link ({key})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
</context>
<context>
    <name>ContentImages</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/editor_window.py" line="-1126" />
        <source>Uploading {file} to the thumbnail ({done} of {total})…</source>
        <translation>{file} wird als Vorschaubild hochgeladen ({done} von {total})…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Uploading {file} to the gallery ({done} of {total})…</source>
        <translation>{file} wird in die Galerie hochgeladen ({done} von {total})…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Uploading {file} to the thumbnail…</source>
        <translation>{file} wird als Vorschaubild hochgeladen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uploading {file} to the gallery…</source>
        <translation>{file} wird in die Galerie hochgeladen…</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Upload image files to Payload</source>
        <translation>Bilddateien in Payload hochladen</translation>
    </message>
    <message>
        <location line="+941" />
        <source>Images need a connection to Payload.</source>
        <translation>Bilder brauchen eine Verbindung zu Payload.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{file} was not uploaded: {error}</source>
        <translation>{file} wurde nicht hochgeladen: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>%n image(s) saved to Payload.</source>
        <translation>
            <numerusform>%n Bild in Payload gespeichert.</numerusform>
            <numerusform>%n Bilder in Payload gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/images_panel.py" line="+79" />
        <source>Drop an image
to set the
thumbnail</source>
        <translation>Bild hier
ablegen als
Vorschaubild</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Add images…</source>
        <translation>Bilder hinzufügen…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Drop images anywhere on the editor to set the thumbnail, or on the gallery to add them.</source>
        <translation>Legen Sie Bilder irgendwo im Editor ab, um das Vorschaubild zu setzen, oder auf der Galerie, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>media {id}</source>
        <translation>Medium {id}</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Add images to the gallery</source>
        <translation>Bilder zur Galerie hinzufügen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
</context>
<context>
    <name>ContentLocales</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/locale_bar.py" line="+31" />
        <source>&amp;Locale</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Content locale</source>
        <translation>Sprache des Inhalts</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Locales: checking…</source>
        <translation>Sprachen: wird geprüft…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Asking the shop whether its content is localised</source>
        <translation>Der Shop wird gefragt, ob sein Inhalt lokalisiert ist</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{code} (default)</source>
        <translation>{code} (Standard)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The locale whose title, subtitle, description and SEO you edit and preview (Alt+L)</source>
        <translation>Die Sprache, deren Titel, Untertitel, Beschreibung und SEO Sie bearbeiten und in der Vorschau sehen (Alt+S)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>One locale</source>
        <translation>Eine Sprache</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Locales not available</source>
        <translation>Sprachen nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/locale_editing.py" line="+3" />
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+37" />
        <source>This shop's content has one locale.</source>
        <translation>Der Inhalt dieses Shops hat eine Sprache.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not check the shop's locales: {error}</source>
        <translation>Die Sprachen des Shops konnten nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Not localised in Payload: the same in every locale; edit it in the default locale.</source>
        <translation>In Payload nicht lokalisiert: in jeder Sprache gleich; bearbeiten Sie es in der Standardsprache.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Shown in {default}: {fields}. {here} has no text there yet, so the storefront falls back to the default locale ({default}).</source>
        <translation>Angezeigt in {default}: {fields}. {here} hat dort noch keinen Text, daher zeigt der Shop die Standardsprache ({default}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/publish_editing.py" line="+88" />
        <source>One locale: {reason}</source>
        <translation>Eine Sprache: {reason}</translation>
    </message>
</context>
<context>
    <name>ContentPublish</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/locale_editing.py" line="-89" />
        <source>Could not check whether the shop keeps drafts: {error}</source>
        <translation>Es konnte nicht geprüft werden, ob der Shop Entwürfe führt: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/publish_bar.py" line="+28" />
        <location line="+8" />
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Draft — unpublished changes</source>
        <translation>Entwurf — unveröffentlichte Änderungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft — not published</source>
        <translation>Entwurf — nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Publication not read yet</source>
        <translation>Veröffentlichung noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No drafts</source>
        <translation>Keine Entwürfe</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Draft (unpublished changes)</source>
        <translation>Entwurf (unveröffentlichte Änderungen)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft only / never published</source>
        <translation>Nur Entwurf / nie veröffentlicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drafts are off</source>
        <translation>Entwürfe sind aus</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save your changes as a draft in Payload: the storefront keeps the published content until you publish (Ctrl+S)</source>
        <translation>Ihre Änderungen als Entwurf in Payload speichern: Der Shop zeigt den veröffentlichten Inhalt, bis Sie veröffentlichen (Strg+S)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make the latest draft (with your changes) what the storefront shows</source>
        <translation>Den neuesten Entwurf (mit Ihren Änderungen) im Shop zeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Take the product off the storefront: it becomes a draft</source>
        <translation>Das Produkt aus dem Shop nehmen: Es wird ein Entwurf</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Publish or unpublish at a date and time you choose</source>
        <translation>Zu einem gewählten Datum und einer gewählten Uhrzeit veröffentlichen oder zurückziehen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save as &amp;draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Unpublish</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sc&amp;hedule…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Asking the shop whether it keeps drafts</source>
        <translation>Der Shop wird gefragt, ob er Entwürfe führt</translation>
    </message>
    <message>
        <location line="+16" />
        <source>d MMM HH:mm</source>
        <comment>the badge's date: a CLDR date pattern</comment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scheduled {when}</source>
        <translation>Geplant {when}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unpublish scheduled {when}</source>
        <translation>Zurückziehen geplant {when}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scheduled for {time}</source>
        <translation>Geplant für {time}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unpublish scheduled for {time}</source>
        <translation>Zurückziehen geplant für {time}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Publication state</source>
        <translation>Veröffentlichungsstatus</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Checking drafts…</source>
        <translation>Entwürfe werden geprüft…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Drafts are not available for this shop.</source>
        <translation>Für diesen Shop sind keine Entwürfe verfügbar.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Drafts are off: {reason}</source>
        <translation>Entwürfe sind aus: {reason}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>In Payload: {state}; {schedule}</source>
        <translation>In Payload: {state}; {schedule}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In Payload: {state}</source>
        <translation>In Payload: {state}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(changes waiting to be sent)</source>
        <translation>(Änderungen warten auf Übertragung)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Scheduled publishing is not available: {reason}</source>
        <translation>Geplantes Veröffentlichen ist nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/publish_editing.py" line="-45" />
        <source>Save (Ctrl+S): every locale's changes as a draft, as Save as draft does; Publish makes them live (all locales)</source>
        <translation>Speichern (Strg+S): die Änderungen jeder Sprache als Entwurf, wie „Als Entwurf speichern“; „Veröffentlichen“ macht sie sichtbar (alle Sprachen)</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No drafts: {reason}</source>
        <translation>Keine Entwürfe: {reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No scheduled publishing: {reason}</source>
        <translation>Kein geplantes Veröffentlichen: {reason}</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unpublishing…</source>
        <translation>Wird zurückgezogen…</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+7" />
        <source>Scheduling…</source>
        <translation>Wird geplant…</translation>
    </message>
</context>
<context>
    <name>ContentSave</name>
    <message>
        <location filename="../../desktop_app/services/content.py" line="+284" />
        <source>Saved on this computer. Payload is not set up.</source>
        <translation>Auf diesem Computer gespeichert. Payload ist nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload is not set up.</source>
        <translation>Payload ist nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Changed in Payload since you opened it: {fields}.</source>
        <translation>In Payload geändert, seit Sie es geöffnet haben: {fields}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Open in Payload admin by someone else.</source>
        <translation>Jemand anderes hat es in Payload admin geöffnet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saved on this computer; it will be sent when Payload can be reached.</source>
        <translation>Auf diesem Computer gespeichert; es wird übertragen, sobald Payload erreichbar ist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It will be sent when Payload can be reached.</source>
        <translation>Es wird übertragen, sobald Payload erreichbar ist.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saved to Payload.</source>
        <translation>In Payload gespeichert.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Took the values from Payload.</source>
        <translation>Die Werte aus Payload übernommen.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Image saved to Payload.</source>
        <translation>Bild in Payload gespeichert.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>meta title</source>
        <translation>Meta-Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>meta description</source>
        <translation>Meta-Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>keywords</source>
        <translation>Schlüsselwörter</translation>
    </message>
</context>
<context>
    <name>ContentSeo</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/editor_window.py" line="-785" />
        <source>Search engine listing</source>
        <translation>Eintrag in Suchmaschinen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/seo_panel.py" line="+31" />
        <source>Meta title</source>
        <translation>Meta-Titel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Empty: search engines fall back to other text.</source>
        <translation>Leer: Suchmaschinen greifen auf anderen Text zurück.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Good length.</source>
        <translation>Gute Länge.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close to the limit.</source>
        <translation>Nahe an der Grenze.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Too long: search engines cut it after about {limit} characters.</source>
        <translation>Zu lang: Suchmaschinen kürzen nach etwa {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Comma-separated, e.g. hoodie, organic cotton</source>
        <translation>Durch Kommas getrennt, z. B. Hoodie, Bio-Baumwolle</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Meta description</source>
        <translation>Meta-Beschreibung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keywords</source>
        <translation>Schlüsselwörter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search result preview</source>
        <translation>Vorschau des Suchergebnisses</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Leave empty to use the start of the description.</source>
        <translation>Leer lassen, um den Anfang der Beschreibung zu verwenden.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/crash.py" line="+30" />
        <source>An unexpected error happened. Your saved edits are safe in the local store. You can keep working, or quit and start the app again. The report below helps fix the problem: copy it and send it to support (keys, passwords and tokens are removed).</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Änderungen sind im lokalen Speicher sicher. Sie können weiterarbeiten oder die App beenden und neu starten. Der Bericht unten hilft, das Problem zu beheben: kopieren Sie ihn und senden Sie ihn an den Support (Schlüssel, Passwörter und Tokens sind entfernt).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Quit the app</source>
        <translation>App beenden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
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
        <location filename="../../desktop_app/ui/diagnostics/help_menu.py" line="+21" />
        <source>Copy diagnostics</source>
        <translation>Diagnosedaten kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put versions, settings, the servers' answers, recent errors and the doctor's findings on the clipboard, without secrets, to send to support</source>
        <translation>Versionen, Einstellungen, Antworten der Server, letzte Fehler und Diagnose-Befunde ohne Geheimnisse in die Zwischenablage legen, um sie an den Support zu senden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diagnostics</source>
        <translation>Diagnosedaten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This report goes on the clipboard so you can paste it into a message to support. Keys, passwords and tokens are removed; read it before you send it.</source>
        <translation>Dieser Bericht kommt in die Zwischenablage, damit Sie ihn in eine Nachricht an den Support einfügen können. Schlüssel, Passwörter und Tokens sind entfernt; lesen Sie ihn vor dem Senden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Collecting… the doctor checks both servers, which can take a few seconds.</source>
        <translation>Wird gesammelt… die Diagnose prüft beide Server; das kann einige Sekunden dauern.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/report_dialog.py" line="+19" />
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copied to the clipboard. Secrets (keys, passwords, tokens) were removed.</source>
        <translation>In die Zwischenablage kopiert. Geheimnisse (Schlüssel, Passwörter, Tokens) wurden entfernt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../desktop_app/admin/doctor.py" line="+68" />
        <source>Medusa is reachable</source>
        <translation>Medusa ist erreichbar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload is reachable</source>
        <translation>Payload ist erreichbar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa accepts the credentials</source>
        <translation>Medusa akzeptiert die Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload accepts the API key</source>
        <translation>Payload akzeptiert den API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa has the Payload sync route</source>
        <translation>Medusa hat die Payload-Abgleich-Route</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload's products collection has the integration's fields</source>
        <translation>Die Produkt-Collection von Payload hat die Felder der Integration</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Payload refuses anonymous product creation</source>
        <translation>Payload verweigert anonymes Anlegen von Produkten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New products get their Payload document</source>
        <translation>Neue Produkte bekommen ihr Payload-Dokument</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clocks agree</source>
        <translation>Uhren stimmen überein</translation>
    </message>
    <message>
        <location line="+106" />
        <location line="+40" />
        <source>No answer from {url} ({error}).</source>
        <translation>Keine Antwort von {url} ({error}).</translation>
    </message>
    <message>
        <location line="-37" />
        <source>Start Medusa, or correct the Medusa URL in the profile.</source>
        <translation>Starten Sie Medusa oder korrigieren Sie die Medusa-URL im Profil.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{url}/health answered {status}.</source>
        <translation>{url}/health antwortete mit {status}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Medusa URL must be the server's root (e.g. https://shop:9000), without a path.</source>
        <translation>Die Medusa-URL muss die Wurzel des Servers sein (z. B. https://shop:9000), ohne Pfad.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{url} is healthy.</source>
        <translation>{url} ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Start Payload, or correct the Payload URL in the profile.</source>
        <translation>Starten Sie Payload oder korrigieren Sie die Payload-URL im Profil.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{url} answered {status}, not Payload's account reply.</source>
        <translation>{url} antwortete mit {status}, nicht mit der Konto-Antwort von Payload.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Payload URL must be the server's origin (Payload's REST API lives under /api), and the user collection must be right (usually 'users').</source>
        <translation>Die Payload-URL muss der Ursprung des Servers sein (die REST-API von Payload liegt unter /api), und die Benutzer-Collection muss stimmen (meist 'users').</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{url} answers.</source>
        <translation>{url} antwortet.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No credentials.</source>
        <translation>Keine Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the Medusa password or secret key in the profile's settings.</source>
        <translation>Hinterlegen Sie das Medusa-Passwort oder den geheimen Schlüssel in den Einstellungen des Profils.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Enter a valid admin e-mail and password, or a secret API key (sk_…) created in Medusa admin → Settings → Secret API Keys.</source>
        <translation>Geben Sie eine gültige Admin-E-Mail-Adresse und ein Passwort ein oder einen geheimen API-Schlüssel (sk_…), erstellt in Medusa admin → Settings → Secret API Keys.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Check that the Medusa URL points at the Medusa server.</source>
        <translation>Prüfen Sie, ob die Medusa-URL auf den Medusa-Server zeigt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed in to the admin API.</source>
        <translation>An der Admin-API angemeldet.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No API key.</source>
        <translation>Kein API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the Payload API key in the profile's settings.</source>
        <translation>Hinterlegen Sie den Payload-API-Schlüssel in den Einstellungen des Profils.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>In Payload admin, open your user, tick 'Enable API Key', copy the key and save it in the profile. Payload treats an unknown key as anonymous.</source>
        <translation>Öffnen Sie in Payload admin Ihren Benutzer, aktivieren Sie 'Enable API Key', kopieren Sie den Schlüssel und speichern Sie ihn im Profil. Payload behandelt einen unbekannten Schlüssel als anonym.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Check the Payload URL and the user collection setting.</source>
        <translation>Prüfen Sie die Payload-URL und die Einstellung der Benutzer-Collection.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The key belongs to {email}.</source>
        <translation>Der Schlüssel gehört {email}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The key belongs to user {id}.</source>
        <translation>Der Schlüssel gehört Benutzer {id}.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>OPTIONS {path} lists {allow} (probed without triggering).</source>
        <translation>OPTIONS {path} nennt {allow} (geprüft, ohne auszulösen).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Medusa has no {path} route.</source>
        <translation>Medusa hat keine Route {path}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the Payload integration's admin route ({file}) in Medusa and restart it; without it products can only reach Payload when they are created.</source>
        <translation>Installieren Sie die Admin-Route der Payload-Integration ({file}) in Medusa und starten Sie Medusa neu; ohne sie gelangen Produkte nur beim Anlegen zu Payload.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>OPTIONS {path} answered {status}; could not tell.</source>
        <translation>OPTIONS {path} antwortete mit {status}; nicht feststellbar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the Medusa URL and credentials, then run the doctor again.</source>
        <translation>Prüfen Sie die Medusa-URL und die Zugangsdaten und starten Sie die Diagnose dann erneut.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>GET /api/access answered {status}; could not inspect fields.</source>
        <translation>GET /api/access antwortete mit {status}; Felder nicht prüfbar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the Payload URL and API key.</source>
        <translation>Prüfen Sie die Payload-URL und den API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Payload has no 'products' collection (or the key's user cannot read it).</source>
        <translation>Payload hat keine Collection 'products' (oder der Benutzer des Schlüssels darf sie nicht lesen).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add the integration's Products collection to payload.config.ts.</source>
        <translation>Fügen Sie die Products-Collection der Integration zu payload.config.ts hinzu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All fields readable.</source>
        <translation>Alle Felder lesbar.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Missing fields: {fields}.</source>
        <translation>Fehlende Felder: {fields}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the integration's Products collection ({fields}).</source>
        <translation>Verwenden Sie die Products-Collection der Integration ({fields}).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All expected fields present; looks like integration version B (relationship options).</source>
        <translation>Alle erwarteten Felder vorhanden; sieht nach Integrationsversion B aus (Optionen als Beziehungen).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All expected fields present; looks like integration version A (inline options).</source>
        <translation>Alle erwarteten Felder vorhanden; sieht nach Integrationsversion A aus (eingebettete Optionen).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Restrict the products collection's create and delete access to an authenticated integration user as well as ?is_from_medusa (the official example allows anyone who adds ?is_from_medusa).</source>
        <translation>Beschränken Sie das Anlegen und Löschen in der Produkt-Collection auf einen angemeldeten Integrationsbenutzer zusätzlich zu ?is_from_medusa (das offizielle Beispiel erlaubt es jedem, der ?is_from_medusa anhängt).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>An anonymous create with ?is_from_medusa was refused ({status}).</source>
        <translation>Ein anonymes Anlegen mit ?is_from_medusa wurde abgelehnt ({status}).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Anyone who adds ?is_from_medusa may create and delete products: the probe got past access control to validation (400).</source>
        <translation>Jeder, der ?is_from_medusa anhängt, darf Produkte anlegen und löschen: Die Probe kam an der Zugriffskontrolle vorbei bis zur Validierung (400).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>An anonymous create was accepted (doc {id}); delete it in Payload admin.</source>
        <translation>Ein anonymes Anlegen wurde angenommen (Dokument {id}); löschen Sie es in Payload admin.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The probe answered {status}; could not tell.</source>
        <translation>Die Probe antwortete mit {status}; nicht feststellbar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the Payload URL, then run the doctor again.</source>
        <translation>Prüfen Sie die Payload-URL und starten Sie die Diagnose dann erneut.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No server sent a Date header.</source>
        <translation>Kein Server hat einen Date-Header gesendet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Server time minus this computer's: {skews}.</source>
        <translation>Serverzeit minus Zeit dieses Computers: {skews}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Turn on automatic time (NTP) on this computer and on the servers; a wrong clock breaks sign-in renewal and change detection by timestamp.</source>
        <translation>Schalten Sie die automatische Uhrzeit (NTP) auf diesem Computer und den Servern ein; eine falsche Uhr stört das Erneuern der Anmeldung und das Erkennen von Änderungen per Zeitstempel.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No product older than two minutes to look at.</source>
        <translation>Kein Produkt, das älter als zwei Minuten ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>The %Ln newest products all have their Payload document.</source>
        <translation>
            <numerusform>Das %Ln neueste Produkt hat sein Payload-Dokument.</numerusform>
            <numerusform>Die %Ln neuesten Produkte haben alle ihr Payload-Dokument.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>{missing} of the %Ln newest products never got a Payload document: {names}. Until it exists the app shows them as waiting for Payload, and their content (description, SEO, images) waits in the outbox.</source>
        <translation>
            <numerusform>Noch ohne Payload-Dokument: {missing} von %Ln neuesten Produkten ({names}). Bis es existiert, zeigt die App sie als wartend auf Payload, und ihr Inhalt (Beschreibung, SEO, Bilder) wartet im Postausgang.</numerusform>
            <numerusform>Noch ohne Payload-Dokument: {missing} von %Ln neuesten Produkten ({names}). Bis es existiert, zeigt die App sie als wartend auf Payload, und ihr Inhalt (Beschreibung, SEO, Bilder) wartet im Postausgang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>The integration makes the document when Medusa emits product.created: check that Medusa's worker runs and can reach Payload (the Payload URL and API key in Medusa's environment, and Medusa's log for payload errors); then copy what is missing with Sync products (admin panel, or desktop-app sync products).</source>
        <translation>Die Integration legt das Dokument an, wenn Medusa product.created auslöst: Prüfen Sie, ob der Worker von Medusa läuft und Payload erreicht (Payload-URL und API-Schlüssel in der Umgebung von Medusa und das Log von Medusa auf Payload-Fehler); kopieren Sie dann das Fehlende mit Sync products (Admin-Panel oder desktop-app sync products).</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Medusa is not reachable.</source>
        <translation>Medusa ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+28" />
        <source>Payload is not reachable.</source>
        <translation>Payload ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Needs working Medusa credentials.</source>
        <translation>Braucht gültige Medusa-Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Needs a working Payload API key.</source>
        <translation>Braucht einen gültigen Payload-API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Needs working credentials for both servers.</source>
        <translation>Braucht gültige Zugangsdaten für beide Server.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The probe failed: {error}</source>
        <translation>Die Probe ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run the doctor again; if it persists, check the server's log.</source>
        <translation>Starten Sie die Diagnose erneut; besteht das Problem weiter, prüfen Sie das Log des Servers.</translation>
    </message>
</context>
<context>
    <name>DoctorPanel</name>
    <message>
        <location filename="../../desktop_app/ui/admin/badges.py" line="+54" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/admin/doctor_panel.py" line="+44" />
        <source>The %Ln check passed ({skipped} skipped).|All %Ln checks passed ({skipped} skipped).</source>
        <translation>
            <numerusform>Die %Ln Prüfung war erfolgreich ({skipped} übersprungen).</numerusform>
            <numerusform>Alle %Ln Prüfungen waren erfolgreich ({skipped} übersprungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The %Ln check passed.|All %Ln checks passed.</source>
        <translation>
            <numerusform>Die %Ln Prüfung war erfolgreich.</numerusform>
            <numerusform>Alle %Ln Prüfungen waren erfolgreich.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Healthy</source>
        <translation>In Ordnung</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln check(s) failed, {warnings}.</source>
        <translation>
            <numerusform>%Ln Prüfung fehlgeschlagen, {warnings}.</numerusform>
            <numerusform>%Ln Prüfungen fehlgeschlagen, {warnings}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln check(s) failed.</source>
        <translation>
            <numerusform>%Ln Prüfung fehlgeschlagen.</numerusform>
            <numerusform>%Ln Prüfungen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>%Ln Warnung.</numerusform>
            <numerusform>%Ln Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each card below says how to fix it.</source>
        <translation>Jede Karte unten sagt, wie es sich beheben lässt.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>How to fix: {fix}</source>
        <translation>So beheben Sie es: {fix}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{status}: {title}</source>
        <translation>{status}: {title}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Deployment doctor — {shop}</source>
        <translation>Diagnose der Installation — {shop}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>These checks only read, or send requests the servers must refuse; nothing is created or changed.</source>
        <translation>Diese Prüfungen lesen nur oder senden Anfragen, die die Server ablehnen müssen; nichts wird angelegt oder geändert.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Deployment doctor</source>
        <translation>Diagnose der Installation</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Re-run</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run every check again; Tab goes on to each check's card</source>
        <translation>Alle Prüfungen erneut ausführen; Tab geht weiter zur Karte jeder Prüfung</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Probing both servers (read-only)…</source>
        <translation>Beide Server werden geprüft (nur lesend)…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The doctor could not run</source>
        <translation>Die Diagnose konnte nicht laufen</translation>
    </message>
</context>
<context>
    <name>DraftOverwrite</name>
    <message>
        <location filename="../../desktop_app/exchange/draft_overwrite.py" line="+30" />
        <source>Sent, over a draft someone else saved meanwhile: theirs is kept in the product's timeline (restore it there if it should win).</source>
        <translation>Übertragen, über einen Entwurf, den jemand anderes inzwischen gespeichert hat: dessen Fassung bleibt im Verlauf des Produkts erhalten (stellen Sie sie dort wieder her, wenn sie gelten soll).</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/offline/values.py" line="+96" />
        <source>Choose one of: {statuses}.</source>
        <translation>Wählen Sie einen dieser Status: {statuses}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="-61" />
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+31" />
        <location line="+14" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+170" />
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="+78" />
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+190" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="-123" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/field_names.py" line="-13" />
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+2" />
        <location filename="../../desktop_app/ui/offline/variant_grid.py" line="+139" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+2" />
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Manage inventory</source>
        <translation>Bestand verwalten</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Allow backorder</source>
        <translation>Nachbestellung erlauben</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="+1" />
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+4" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+3" />
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+1" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-1" />
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="+2" />
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+1" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-6" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+1" />
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+60" />
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+23" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-52" />
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-5" />
        <source>Sales channels</source>
        <translation>Vertriebskanäle</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-9" />
        <source>Collection</source>
        <translation>Kollektion</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+6" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-15" />
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="-129" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="-9" />
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+7" />
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+9" />
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="+98" />
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="+27" />
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../desktop_app/ui/offline/term_pickers.py" line="+217" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>{variant} at {location}</source>
        <translation>{variant} in {location}</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../desktop_app/ui/offline/values.py" line="-46" />
        <source>Metadata · {key}</source>
        <translation>Metadaten · {key}</translation>
    </message>
    <message>
        <location line="+20" />
        <location filename="../../desktop_app/ui/offline/values.py" line="+12" />
        <source>(no prices)</source>
        <translation>(keine Preise)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../desktop_app/ui/offline/values.py" line="-3" />
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/values.py" line="+9" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/values.py" line="-21" />
        <source>Variant {title} · {field}</source>
        <translation>Variante {title} · {field}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>(rich text)</source>
        <translation>(formatierter Text)</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_filters.py" line="+25" />
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>category {names}</source>
        <translation>Kategorie {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All collections</source>
        <translation>Alle Kollektionen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>collection {names}</source>
        <translation>Kollektion {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tag {names}</source>
        <translation>Tag {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>type {names}</source>
        <translation>Typ {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All sales channels</source>
        <translation>Alle Vertriebskanäle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sales channel {names}</source>
        <translation>Vertriebskanal {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any stock</source>
        <translation>Jeder Bestand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low stock (1–{low})</source>
        <translation>Wenig Bestand (1–{low})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>out of stock</source>
        <translation>nicht vorrätig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>low stock (1–{low} available)</source>
        <translation>wenig Bestand (1–{low} verfügbar)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Available stock: stocked minus reserved, over every variant and location whose stock Medusa manages</source>
        <translation>Verfügbarer Bestand: Lagerbestand abzüglich Reservierungen, über alle Varianten und Standorte, deren Bestand Medusa verwaltet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/completeness_filter.py" line="+19" />
        <source>Any score</source>
        <translation>Jeder Score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score 100%</source>
        <translation>Score 100 %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score under 100%</source>
        <translation>Score unter 100 %</translation>
    </message>
    <message>
        <location line="+8" />
        <source>complete content</source>
        <translation>vollständiger Inhalt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>incomplete content</source>
        <translation>unvollständiger Inhalt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failing “{rule}”</source>
        <translation>verfehlt „{rule}“</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Completeness: the share of the shop's content rules a product passes (Quality dashboard for the rules)</source>
        <translation>Vollständigkeit: der Anteil der Inhaltsregeln des Shops, die ein Produkt erfüllt (Regeln im Qualitäts-Dashboard)</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+21" />
        <source>Fails: {rule}</source>
        <translation>Verfehlt: {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/locale_choice.py" line="+17" />
        <source>Score: default</source>
        <translation>Score: Standard</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Score: {locale}</source>
        <translation>Score: {locale}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The locale whose content the Score column and the completeness filter judge: its description and SEO, and whether it is translated</source>
        <translation>Die Sprache, deren Inhalt die Spalte Score und der Vollständigkeitsfilter bewerten: Beschreibung und SEO, und ob übersetzt ist</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_app/ui/formatting.py" line="+18" />
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✓ Linked</source>
        <translation>✓ Verknüpft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Last changed in {server}: {time}</source>
        <translation>Zuletzt geändert in {server}: {time}</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message numerus="yes">
        <location filename="../../desktop_app/grid/session.py" line="+51" />
        <source>{step}: %Ln cell(s)</source>
        <translation>
            <numerusform>{step}: %Ln Zelle</numerusform>
            <numerusform>{step}: %Ln Zellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{summary}, %Ln with an error|{summary}, %Ln with errors</source>
        <translation>
            <numerusform>{summary}, %Ln davon fehlerhaft</numerusform>
            <numerusform>{summary}, %Ln davon fehlerhaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{summary}, %Ln read-only left as it is|{summary}, %Ln read-only left as they are</source>
        <translation>
            <numerusform>{summary}, %Ln schreibgeschützte unverändert</numerusform>
            <numerusform>{summary}, %Ln schreibgeschützte unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+126" />
        <location filename="../../desktop_app/ui/grid/model.py" line="+258" />
        <source>Edit</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+101" />
        <location line="+13" />
        <location filename="../../desktop_app/ui/grid/window.py" line="+164" />
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Fill down</source>
        <translation>Nach unten füllen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Replace “{find}” with “{replacement}”</source>
        <translation>„{find}“ durch „{replacement}“ ersetzen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/grid/view_order.py" line="+76" />
        <source>An empty filter shows every row: clear it instead.</source>
        <translation>Ein leerer Filter zeigt jede Zeile: Entfernen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“{typed}”: filter {column} by yes or no.</source>
        <translation>„{typed}“: Filtern Sie {column} mit ja oder nein.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>“{typed}” is no number filter for {column}: try &gt;10, &lt;=5, 10..20, =0, empty or !empty.</source>
        <translation>„{typed}“ ist kein Zahlenfilter für {column}: versuchen Sie &gt;10, &lt;=5, 10..20, =0, empty oder !empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/editing.py" line="+75" />
        <location filename="../../desktop_app/ui/grid/window.py" line="+8" />
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/model.py" line="-67" />
        <source>Changed from “{before}”: not saved yet.</source>
        <translation>Geändert von „{before}“: noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changed from empty: not saved yet.</source>
        <translation>Vorher leer: noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Click to fold or unfold the product's variants.</source>
        <translation>Klicken, um die Varianten des Produkts ein- oder auszuklappen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln variant(s)</source>
        <translation>
            <numerusform>%Ln Variante</numerusform>
            <numerusform>%Ln Varianten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>{shown} of %Ln variant(s)</source>
        <translation>
            <numerusform>{shown} von %Ln Variante</numerusform>
            <numerusform>{shown} von %Ln Varianten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53" />
        <source>{tip}
Filtered: {filter}</source>
        <translation>{tip}
Gefiltert: {filter}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/grid/opening.py" line="+21" />
        <source>%Ln product(s) selected</source>
        <translation>
            <numerusform>%Ln Produkt ausgewählt</numerusform>
            <numerusform>%Ln Produkte ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>All %Ln product(s)</source>
        <translation>
            <numerusform>Alle Produkte (%Ln)</numerusform>
            <numerusform>Alle %Ln Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln product(s) matching “{text}”</source>
        <translation>
            <numerusform>%Ln Produkt mit „{text}“</numerusform>
            <numerusform>%Ln Produkte mit „{text}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln product(s) of the filtered list</source>
        <translation>
            <numerusform>%Ln Produkt der gefilterten Liste</numerusform>
            <numerusform>%Ln Produkte der gefilterten Liste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/window.py" line="-82" />
        <source>Grid — {scope}</source>
        <translation>Tabelle — {scope}</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Variant grid</source>
        <translation>Variantentabelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants, prices and stock: typing replaces a cell, Tab goes to the next cell, Ctrl+Tab leaves the grid; Shift+F10 sorts or filters the current column</source>
        <translation>Varianten, Preise und Bestand: Tippen ersetzt eine Zelle, Tab geht zur nächsten Zelle, Strg+Tab verlässt die Tabelle; Umschalt+F10 sortiert oder filtert die aktuelle Spalte</translation>
    </message>
    <message>
        <location line="+10" />
        <source>F8 goes to the next one</source>
        <translation>F8 springt zur nächsten</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Undo the last step</source>
        <translation>Den letzten Schritt rückgängig machen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Redo the step undone</source>
        <translation>Den rückgängig gemachten Schritt wiederholen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the selection as tab-separated text</source>
        <translation>Die Auswahl als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Paste tab-separated text from a spreadsheet</source>
        <translation>Tabulatorgetrennten Text aus einer Tabellenkalkulation einfügen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fill down</source>
        <comment>toolbar</comment>
        <translation>Ausfüllen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy each selected column's first cell into the cells below it</source>
        <translation>Die erste Zelle jeder gewählten Spalte in die Zellen darunter kopieren</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Empty the selected cells (removes prices)</source>
        <translation>Die gewählten Zellen leeren (entfernt Preise)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Find and replace within a column</source>
        <translation>Innerhalb einer Spalte suchen und ersetzen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Formula…</source>
        <translation>Formel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>+/− %, add an amount, round to .99, or set to another column, on the selected cells</source>
        <translation>+/− %, einen Betrag addieren, auf ,99 runden oder auf eine andere Spalte setzen, für die gewählten Zellen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Variants under their product (folding), or one flat list</source>
        <translation>Varianten unter ihrem Produkt (einklappbar) oder eine flache Liste</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show only the products' header lines</source>
        <translation>Nur die Kopfzeilen der Produkte zeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show every variant</source>
        <translation>Jede Variante zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/header_menu.py" line="+20" />
        <source>&gt;10, &lt;=5, 10..20, =0, empty</source>
        <translation>&gt;10, &lt;=5, 10..20, =0, empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&gt;0, &lt;5, 0..3, =0, empty</source>
        <translation>&gt;0, &lt;5, 0..3, =0, empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a part of it, =whole text, !not containing, empty</source>
        <translation>ein Teil davon, =ganzer Text, !nicht enthalten, empty</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Filter {column}</source>
        <translation>{column} filtern</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Sort ascending</source>
        <translation>Aufsteigend sortieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sort descending</source>
        <translation>Absteigend sortieren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Load order (no sort)</source>
        <translation>Ladereihenfolge (unsortiert)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear all filters</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hide {column}</source>
        <translation>{column} ausblenden</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../desktop_app/ui/grid/window.py" line="+3" />
        <source>Columns…</source>
        <translation>Spalten…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/window.py" line="+1" />
        <source>Choose and order the columns (remembered for this shop)</source>
        <translation>Spalten wählen und anordnen (für diesen Shop gemerkt)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next problem</source>
        <translation>Nächstes Problem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the next cell that needs attention</source>
        <translation>Zur nächsten Zelle gehen, die Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review changes…</source>
        <translation>Änderungen prüfen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See what the changes amount to, then save them to the outbox</source>
        <translation>Sehen, was die Änderungen ausmachen, und sie dann im Postausgang speichern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/saving.py" line="+77" />
        <source>Nothing to save: the changed cells all have errors.</source>
        <translation>Nichts zu speichern: Alle geänderten Zellen sind fehlerhaft.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Grid edit</source>
        <translation>Tabellenänderung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing saved: {reason} The cells stay in the grid; check them and save again.</source>
        <translation>Nichts gespeichert: {reason} Die Zellen bleiben in der Tabelle; prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{cells} in {products}</source>
        <translation>{cells} in {products}</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln cell(s)</source>
        <translation>
            <numerusform>%Ln Zelle</numerusform>
            <numerusform>%Ln Zellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved {what} to the outbox (grid edit #{id})</source>
        <translation>{what} im Postausgang gespeichert (Tabellenänderung #{id})</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{saved}; the cells of %Ln product changed elsewhere since stay in the grid (check them, save again)|{saved}; the cells of %Ln products changed elsewhere since stay in the grid (check them, save again)</source>
        <translation>
            <numerusform>{saved}; die Zellen von %Ln inzwischen anderswo geänderten Produkt bleiben in der Tabelle (prüfen Sie sie, speichern Sie erneut)</numerusform>
            <numerusform>{saved}; die Zellen von %Ln inzwischen anderswo geänderten Produkten bleiben in der Tabelle (prüfen Sie sie, speichern Sie erneut)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>{saved}; %Ln cell with an error stays in the grid|{saved}; %Ln cells with errors stay in the grid</source>
        <translation>
            <numerusform>{saved}; %Ln fehlerhafte Zelle bleibt in der Tabelle</numerusform>
            <numerusform>{saved}; %Ln fehlerhafte Zellen bleiben in der Tabelle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>{saved}. Push sends them.</source>
        <translation>{saved}. „Übertragen“ sendet sie.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+32" />
        <location line="+21" />
        <location line="+9" />
        <source>{saved}.</source>
        <translation>{saved}.</translation>
    </message>
    <message>
        <location line="-52" />
        <location line="+6" />
        <source>Undo last save</source>
        <translation>Letztes Speichern rückgängig</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Undo grid edit #{id} ({what})?

Its edits still waiting to be sent are dropped; values it already changed on the servers are set back to what they were.</source>
        <translation>Tabellenänderung #{id} ({what}) rückgängig machen?

Ihre noch nicht gesendeten Änderungen werden verworfen; Werte, die sie auf den Servern schon geändert hat, werden auf den vorherigen Stand zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Pushing… conflicts and refusals appear on their cells.</source>
        <translation>Wird übertragen… Konflikte und Ablehnungen erscheinen an ihren Zellen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pushing…</source>
        <translation>Wird übertragen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/window.py" line="-23" />
        <source>Group by product</source>
        <comment>toolbar</comment>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fold all</source>
        <comment>toolbar</comment>
        <translation>Einklappen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unfold all</source>
        <comment>toolbar</comment>
        <translation>Ausklappen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Undo last save</source>
        <comment>toolbar</comment>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the last save back out of the outbox (or set the servers back)</source>
        <translation>Das letzte Speichern aus dem Postausgang zurücknehmen (oder die Server zurücksetzen)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Push</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Send the outbox to Medusa</source>
        <translation>Den Postausgang an Medusa senden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Column menu</source>
        <translation>Spaltenmenü</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sort, filter or hide the current cell's column</source>
        <translation>Die Spalte der aktuellen Zelle sortieren, filtern oder ausblenden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grid</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Undo {step} (Ctrl+Z)</source>
        <translation>{step} rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redo {step} (Ctrl+Shift+Z)</source>
        <translation>{step} wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This shop has no servers connected here: the outbox is sent by the main window's Push.</source>
        <translation>Dieser Shop hat hier keine verbundenen Server: Der Postausgang wird mit „Übertragen“ im Hauptfenster gesendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln cell(s) changed, not saved</source>
        <translation>
            <numerusform>%Ln Zelle geändert, nicht gespeichert</numerusform>
            <numerusform>%Ln Zellen geändert, nicht gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln cell needs attention|%Ln cells need attention</source>
        <translation>
            <numerusform>%Ln Zelle braucht Aufmerksamkeit</numerusform>
            <numerusform>%Ln Zellen brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln cell(s) in conflict or refused</source>
        <translation>
            <numerusform>%Ln Zelle im Konflikt oder abgelehnt</numerusform>
            <numerusform>%Ln Zellen im Konflikt oder abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>{scope} · %Ln variant(s)</source>
        <translation>
            <numerusform>{scope} · %Ln Variante</numerusform>
            <numerusform>{scope} · %Ln Varianten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reading products… {read} of {total}</source>
        <translation>Produkte werden gelesen… {read} von {total}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sorting…</source>
        <translation>Wird sortiert…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear filters</source>
        <translation>Filter entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Filtered: {filters} — %Ln variant(s) shown {clear}</source>
        <translation>
            <numerusform>Gefiltert: {filters} — %Ln Variante angezeigt {clear}</numerusform>
            <numerusform>Gefiltert: {filters} — %Ln Varianten angezeigt {clear}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Undone: {step}</source>
        <translation>Rückgängig gemacht: {step}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redone: {step}</source>
        <translation>Wiederholt: {step}</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>Copied %Ln cell(s)</source>
        <translation>
            <numerusform>%Ln Zelle kopiert</numerusform>
            <numerusform>%Ln Zellen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing to paste, or no cell to paste on.</source>
        <translation>Nichts zum Einfügen oder keine Zelle zum Einfügen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Select the cells to fill, with the value on top.</source>
        <translation>Wählen Sie die zu füllenden Zellen, mit dem Wert oben.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>{step}.</source>
        <translation>{step}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No cell matched.</source>
        <translation>Keine Zelle passte.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Select the cells to apply a formula to.</source>
        <translation>Wählen Sie die Zellen, auf die eine Formel angewendet werden soll.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Unsaved grid changes</source>
        <translation>Ungespeicherte Tabellenänderungen</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln changed cell is not saved to the outbox.|%Ln changed cells are not saved to the outbox.</source>
        <translation>
            <numerusform>%Ln geänderte Zelle ist nicht im Postausgang gespeichert.</numerusform>
            <numerusform>%Ln geänderte Zellen sind nicht im Postausgang gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Review changes saves them; Discard closes the grid without.</source>
        <translation>„Änderungen prüfen“ speichert sie; „Verwerfen“ schließt die Tabelle ohne sie.</translation>
    </message>
</context>
<context>
    <name>GridCells</name>
    <message>
        <location filename="../../desktop_app/grid/cells.py" line="+115" />
        <source>“{text}” is not yes or no.</source>
        <translation>„{text}“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{text}” is not a status ({statuses}).</source>
        <translation>„{text}“ ist kein Status ({statuses}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{column} cannot be edited here.</source>
        <translation>{column} kann hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The store does not sell {currency}; add the currency to the store in Medusa first.</source>
        <translation>Der Shop verkauft nicht in {currency}; fügen Sie die Währung zuerst in Medusa zum Shop hinzu.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A price cannot be negative.</source>
        <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stock needs a number (0 for none).</source>
        <translation>Der Bestand braucht eine Zahl (0 für keinen).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stock is a whole number.</source>
        <translation>Der Bestand ist eine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stock cannot be negative.</source>
        <translation>Der Bestand kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>en</source>
        <comment>the language code to name a locale in: de, fr</comment>
        <translation>de</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{text}” is not a number in {locale} (the decimal sign is “{decimal}”).</source>
        <translation>„{text}“ ist keine Zahl in {locale} (das Dezimalzeichen ist „{decimal}“).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../desktop_app/grid/formulas.py" line="+75" />
        <location filename="../../desktop_app/grid/rows.py" line="+92" />
        <source>{column} is not edited in the grid.</source>
        <translation>{column} wird nicht in der Tabelle bearbeitet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/grid/problems.py" line="+51" />
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conflict: {message}</source>
        <translation>Konflikt: {message}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused: {message}</source>
        <translation>Abgelehnt: {message}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Locked: {message}</source>
        <translation>Gesperrt: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/grid/rows.py" line="+3" />
        <source>Not in Medusa yet: edit it in the product editor until the push creates it.</source>
        <translation>Noch nicht in Medusa: Bearbeiten Sie es im Produkteditor, bis die Übertragung es anlegt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Medusa does not manage this variant's stock (Manage inventory is off).</source>
        <translation>Medusa verwaltet den Bestand dieser Variante nicht („Bestand verwalten“ ist aus).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/grid/session.py" line="+81" />
        <source>Another variant of the shop has the SKU “{sku}”.</source>
        <translation>Eine andere Variante des Shops hat die SKU „{sku}“.</translation>
    </message>
</context>
<context>
    <name>GridColumns</name>
    <message>
        <location filename="../../desktop_app/grid/columns.py" line="+56" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manage inventory</source>
        <translation>Bestand verwalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allow backorder</source>
        <translation>Nachbestellung erlauben</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Price {currency}</source>
        <translation>Preis {currency}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{region} ({currency})</source>
        <translation>{region} ({currency})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stock {location}</source>
        <translation>Bestand {location}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/model.py" line="+19" />
        <source>{column}: not edited in the grid.</source>
        <translation>{column}: wird nicht in der Tabelle bearbeitet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{column}: an amount in the locale's number format; empty removes the price.</source>
        <translation>{column}: ein Betrag im Zahlenformat der Sprache; leer entfernt den Preis.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{column}: stocked quantity at this location (a whole number, 0 for none).</source>
        <translation>{column}: Lagerbestand an diesem Standort (eine ganze Zahl, 0 für keinen).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{column}: yes or no.</source>
        <translation>{column}: ja oder nein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{column}: the product's status (one for all its variants).</source>
        <translation>{column}: der Status des Produkts (einer für alle seine Varianten).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{column}: text.</source>
        <translation>{column}: Text.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{column}: the store does not sell {currency}; its prices can be removed here.</source>
        <translation>{column}: Der Shop verkauft nicht in {currency}; diese Preise können hier entfernt werden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{column}: unique across the shop.</source>
        <translation>{column}: eindeutig im ganzen Shop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/column_chooser.py" line="+40" />
        <source>Grid columns</source>
        <translation>Tabellenspalten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tick the columns to show; drag them into the order you want. Product and Variant always come first.</source>
        <translation>Haken Sie die anzuzeigenden Spalten an und ziehen Sie sie in die gewünschte Reihenfolge. Produkt und Variante stehen immer vorn.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Space shows or hides the current column; Ctrl+Up and Ctrl+Down move it</source>
        <translation>Leertaste blendet die aktuelle Spalte ein oder aus; Strg+Pfeil nach oben und Strg+Pfeil nach unten verschieben sie</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick the grid's usual columns in their usual order</source>
        <translation>Die üblichen Spalten der Tabelle in ihrer üblichen Reihenfolge ankreuzen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show the ticked columns in this order (remembered for this shop)</source>
        <translation>Die angekreuzten Spalten in dieser Reihenfolge zeigen (für diesen Shop gemerkt)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep the columns as they are</source>
        <translation>Die Spalten lassen, wie sie sind</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Always shown, kept in view when the grid scrolls right.</source>
        <translation>Immer angezeigt, bleibt sichtbar, wenn die Tabelle nach rechts rollt.</translation>
    </message>
</context>
<context>
    <name>GridFormula</name>
    <message>
        <location filename="../../desktop_app/grid/formulas.py" line="-22" />
        <source>round to {ending}</source>
        <translation>auf {ending} runden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>set to {column}</source>
        <translation>auf {column} setzen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{formula} needs a price or stock column, not {column}.</source>
        <translation>{formula} braucht eine Preis- oder Bestandsspalte, nicht {column}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{formula} applies to prices only.</source>
        <translation>{formula} gilt nur für Preise.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/formula_dialog.py" line="+42" />
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Apply to the %Ln selected cell(s). Cells a formula does not fit (a percentage on a SKU, say) are left as they are.</source>
        <translation>
            <numerusform>Auf die %Ln gewählte Zelle anwenden. Zellen, zu denen eine Formel nicht passt (etwa ein Prozentsatz auf eine SKU), bleiben, wie sie sind.</numerusform>
            <numerusform>Auf die %Ln gewählten Zellen anwenden. Zellen, zu denen eine Formel nicht passt (etwa ein Prozentsatz auf eine SKU), bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Change by percent</source>
        <translation>Um Prozent ändern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add an amount</source>
        <translation>Betrag addieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Round prices to</source>
        <translation>Preise runden auf</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set to the value of</source>
        <translation>Auf den Wert setzen von</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Apply the formula to the selected cells: one step Undo takes back</source>
        <translation>Die Formel auf die ausgewählten Zellen anwenden: ein Schritt, den Rückgängig zurücknimmt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back to the grid without changing a cell</source>
        <translation>Zurück zur Tabelle, ohne eine Zelle zu ändern</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prices and amounts change by a percentage; the arrow keys pick another formula</source>
        <translation>Preise und Beträge ändern sich um einen Prozentsatz; die Pfeiltasten wählen eine andere Formel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A percentage such as +10 or −5; typing here picks Change by percent</source>
        <translation>Ein Prozentsatz wie +10 oder −5; Tippen hier wählt „Um Prozent ändern“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An amount is added to each cell (or, with −, taken off)</source>
        <translation>Zu jeder Zelle wird ein Betrag addiert (oder, mit −, abgezogen)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An amount such as +1 or −0.50; typing here picks Add an amount</source>
        <translation>Ein Betrag wie +1 oder −0,50; Tippen hier wählt „Betrag addieren“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prices are rounded to end in these cents</source>
        <translation>Preise werden auf diese Cent-Endung gerundet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The ending the prices are rounded to</source>
        <translation>Die Endung, auf die die Preise gerundet werden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each cell takes the value of another column in its row</source>
        <translation>Jede Zelle erhält den Wert einer anderen Spalte ihrer Zeile</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The column the values are taken from</source>
        <translation>Die Spalte, aus der die Werte kommen</translation>
    </message>
    <message>
        <location line="+22" />
        <source>“{text}” is no percentage in this locale.</source>
        <translation>„{text}“ ist in dieser Sprache kein Prozentsatz.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{text}” is no amount in this locale.</source>
        <translation>„{text}“ ist in dieser Sprache kein Betrag.</translation>
    </message>
</context>
<context>
    <name>GridReplace</name>
    <message>
        <location filename="../../desktop_app/ui/grid/replace_dialog.py" line="+39" />
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>nothing: the text found is removed</source>
        <translation>nichts: Der gefundene Text wird entfernt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Whole cell only</source>
        <translation>Nur ganze Zelle</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Only the %Ln selected row(s)</source>
        <translation>
            <numerusform>Nur die %Ln gewählte Zeile</numerusform>
            <numerusform>Nur die %Ln gewählten Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>The column whose cells are searched</source>
        <translation>Die Spalte, deren Zellen durchsucht werden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The text to look for in its cells</source>
        <translation>Der Text, der in ihren Zellen gesucht wird</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tell capital and small letters apart</source>
        <translation>Groß- und Kleinbuchstaben unterscheiden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace only where the text found is the whole cell</source>
        <translation>Nur ersetzen, wo der gefundene Text die ganze Zelle ist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave the rows not selected as they are</source>
        <translation>Die nicht ausgewählten Zeilen lassen, wie sie sind</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In column</source>
        <translation>In Spalte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Replace in every matching cell of the column: one step Undo takes back</source>
        <translation>In jeder passenden Zelle der Spalte ersetzen: ein Schritt, den Rückgängig zurücknimmt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Back to the grid; what was replaced stays there until it is saved</source>
        <translation>Zurück zur Tabelle; was ersetzt wurde, bleibt dort, bis es gespeichert wird</translation>
    </message>
</context>
<context>
    <name>GridReview</name>
    <message numerus="yes">
        <location filename="../../desktop_app/grid/review.py" line="+41" />
        <source>%Ln cell changes|%Ln cells change</source>
        <translation>
            <numerusform>%Ln Zelle ändert sich</numerusform>
            <numerusform>%Ln Zellen ändern sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln variant(s)</source>
        <translation>
            <numerusform>%Ln Variante</numerusform>
            <numerusform>%Ln Varianten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>{cells} in {products} ({variants})</source>
        <translation>{cells} in {products} ({variants})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{cells} in {products} ({variants}); {errors}</source>
        <translation>{cells} in {products} ({variants}); {errors}</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln cell has an error and stays in the grid|%Ln cells have errors and stay in the grid</source>
        <translation>
            <numerusform>%Ln Zelle ist fehlerhaft und bleibt in der Tabelle</numerusform>
            <numerusform>%Ln Zellen sind fehlerhaft und bleiben in der Tabelle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/review_dialog.py" line="+38" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+5" />
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Largest price moves</source>
        <translation>Größte Preisänderungen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No existing price changes by a percentage.</source>
        <translation>Kein bestehender Preis ändert sich um einen Prozentsatz.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saving puts the changes in the outbox as one edit you can undo; Push sends them to Medusa.</source>
        <translation>Beim Speichern kommen die Änderungen als eine Änderung in den Postausgang, die Sie rückgängig machen können; „Übertragen“ sendet sie an Medusa.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save to outbox</source>
        <translation>Im Postausgang speichern</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Back to the grid; the changes stay there, not saved</source>
        <translation>Zurück zur Tabelle; die Änderungen bleiben dort, nicht gespeichert</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cells changed</source>
        <translation>Geänderte Zellen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products touched</source>
        <translation>Betroffene Produkte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prices added</source>
        <translation>Preise hinzugefügt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prices removed</source>
        <translation>Preise entfernt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stock levels</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other cells</source>
        <translation>Andere Zellen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cells with errors (stay)</source>
        <translation>Fehlerhafte Zellen (bleiben)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/help_menu.py" line="-14" />
        <location filename="../../desktop_app/ui/keyboard.py" line="+123" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>InlinePrompt</name>
    <message>
        <location filename="../../desktop_app/ui/offline/inline_prompt.py" line="+73" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../desktop_app/ui/keyboard.py" line="-23" />
        <source>Go to the product list</source>
        <translation>Zur Produktliste</translation>
    </message>
    <message>
        <location line="+8" />
        <source>More toolbar buttons</source>
        <translation>Weitere Werkzeugleisten-Schaltflächen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The toolbar buttons a narrow window has no room for</source>
        <translation>Die Schaltflächen, für die ein schmales Fenster keinen Platz hat</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="+106" />
        <source>Every key the open windows answer to</source>
        <translation>Alle Tasten, auf die die offenen Fenster reagieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_keys.py" line="+20" />
        <source>Close window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="-12" />
        <location line="+10" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>LinkKey</name>
    <message>
        <location filename="../../desktop_app/ui/offline/link_key.py" line="+19" />
        <source>payload_id is kept by the Medusa ↔ Payload integration: it links this product to its Payload document, so it is read-only here (the Sync window repairs a wrong one).</source>
        <translation>payload_id wird von der Medusa-↔-Payload-Integration gepflegt: Es verknüpft dieses Produkt mit seinem Payload-Dokument und ist hier daher schreibgeschützt (das Abgleich-Fenster repariert einen falschen Wert).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“payload_id” is kept by the Medusa ↔ Payload integration and cannot be set by hand (the Sync window repairs a wrong one).</source>
        <translation>„payload_id“ wird von der Medusa-↔-Payload-Integration gepflegt und kann nicht von Hand gesetzt werden (das Abgleich-Fenster repariert einen falschen Wert).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+70" />
        <source>Demo shop ready</source>
        <translation>Demo-Shop bereit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loading the catalog from Medusa and Payload…
It is kept on this computer, so next time it opens at once.</source>
        <translation>Katalog wird aus Medusa und Payload geladen…
Er wird auf diesem Computer gespeichert und öffnet sich beim nächsten Mal sofort.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pull what changed on Medusa and Payload (F5)</source>
        <translation>Änderungen aus Medusa und Payload abrufen (F5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Push now</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send the pending changes to the servers</source>
        <translation>Die ausstehenden Änderungen an die Server übertragen</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+469" />
        <source>Pending changes</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="-468" />
        <source>Show the edits waiting to be pushed</source>
        <translation>Änderungen zeigen, die auf Übertragung warten</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-30" />
        <location line="+12" />
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new product: options, variants, prices, stock (Ctrl+N)</source>
        <translation>Ein neues Produkt anlegen: Optionen, Varianten, Preise, Bestand (Strg+N)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Edit product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the selected product's commerce data (or double-click it); the arrow offers Duplicate and Delete</source>
        <translation>Handelsdaten des gewählten Produkts bearbeiten (oder doppelklicken); der Pfeil bietet Duplizieren und Löschen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Edit content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the selected product's Payload content (Ctrl+E)</source>
        <translation>Payload-Inhalt des gewählten Produkts bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bulk edit</source>
        <translation>Massenbearbeitung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change the selected products, or the whole search result, at once: status, SEO, find/replace; CSV export and import</source>
        <translation>Die gewählten Produkte oder das ganze Suchergebnis auf einmal ändern: Status, SEO, Suchen/Ersetzen; CSV-Export und -Import</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Content quality: completeness of descriptions, SEO, images, prices and locales, per rule and per product</source>
        <translation>Inhaltsqualität: Vollständigkeit von Beschreibungen, SEO, Bildern, Preisen und Sprachen, je Regel und je Produkt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Grid</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit variants, prices and stock like a spreadsheet: the selected products (two or more), else the whole search result (Ctrl+G)</source>
        <translation>Varianten, Preise und Bestand wie in einer Tabellenkalkulation bearbeiten: die gewählten Produkte (zwei oder mehr), sonst das ganze Suchergebnis (Strg+G)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trigger Medusa → Payload syncs, watch them finish, verify both sides</source>
        <translation>Abgleich Medusa → Payload anstoßen, bis zum Ende verfolgen, beide Seiten prüfen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Doctor</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check this shop's deployment (non-destructive)</source>
        <translation>Die Installation dieses Shops prüfen (ändert nichts)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings: shop profiles, connections, appearance and language (Ctrl+,)</source>
        <translation>Einstellungen: Shop-Profile, Verbindungen, Darstellung und Sprache (Strg+,)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Active shop profile</source>
        <translation>Aktives Shop-Profil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The shop profile this window shows</source>
        <translation>Das Shop-Profil, das dieses Fenster zeigt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No shop yet</source>
        <translation>Noch kein Shop</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+398" />
        <source>Pending changes ({count})</source>
        <translation>Ausstehend ({count})</translation>
    </message>
    <message>
        <location line="-366" />
        <source>Go to the search</source>
        <translation>Zur Suche</translation>
    </message>
    <message>
        <location line="+66" />
        <source>The settings file could not be read:
{error}</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden:
{error}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings problem</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Keyring unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Starting the local demo shop…</source>
        <translation>Lokaler Demo-Shop wird gestartet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Setting up the local demo shop.
The first start installs and seeds Medusa and Payload, which can take a few minutes.</source>
        <translation>Der lokale Demo-Shop wird eingerichtet.
Der erste Start installiert Medusa und Payload und füllt sie mit Daten; das kann einige Minuten dauern.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No shop configured</source>
        <translation>Kein Shop eingerichtet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Local demo shop</source>
        <translation>Lokaler Demo-Shop</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting the local demo shop (Medusa + Payload) so you can try the app…</source>
        <translation>Der lokale Demo-Shop (Medusa + Payload) wird gestartet, damit Sie die App ausprobieren können…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Starting the local demo shop</source>
        <translation>Lokaler Demo-Shop wird gestartet</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Demo shop unavailable</source>
        <translation>Demo-Shop nicht verfügbar</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Connected to the local demo shop as profile “{name}”. Add your own shop in Settings.</source>
        <translation>Mit dem lokalen Demo-Shop als Profil „{name}“ verbunden. Fügen Sie Ihren eigenen Shop in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connected to the local demo shop as profile “{name}” (its keys are kept in memory for this run only). Add your own shop in Settings.</source>
        <translation>Mit dem lokalen Demo-Shop als Profil „{name}“ verbunden (seine Schlüssel bleiben nur für diese Sitzung im Speicher). Fügen Sie Ihren eigenen Shop in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The local copy of this shop could not be opened.</source>
        <translation>Die lokale Kopie dieses Shops konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Local store unavailable</source>
        <translation>Lokaler Speicher nicht verfügbar</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Showing the local copy.</source>
        <translation>Die lokale Kopie wird angezeigt.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+45" />
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location line="-44" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{server} answered with an error.</source>
        <translation>{server} hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+19" />
        <source>{server} is not available.</source>
        <translation>{server} ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{server} is not connected.</source>
        <translation>{server} ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/crash.py" line="-66" />
        <location filename="../../desktop_app/ui/main_window.py" line="+12" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="+11" />
        <source>%Ln product(s) in the local store</source>
        <translation>
            <numerusform>%Ln Produkt im lokalen Speicher</numerusform>
            <numerusform>%Ln Produkte im lokalen Speicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln Änderung wartet</numerusform>
            <numerusform>%Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln needs your decision|%Ln need your decision</source>
        <translation>
            <numerusform>%Ln braucht Ihre Entscheidung</numerusform>
            <numerusform>%Ln brauchen Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39" />
        <location line="+74" />
        <source>Add a shop profile first (Settings).</source>
        <translation>Legen Sie zuerst ein Shop-Profil an (Einstellungen).</translation>
    </message>
    <message>
        <location line="-67" />
        <location line="+8" />
        <source>Select a product first.</source>
        <translation>Wählen Sie zuerst ein Produkt.</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-74" />
        <source>&lt;b&gt;The storefront shows Payload's images, not these.&lt;/b&gt; The storefront of this shop's design takes its pictures from the product's Payload document (Edit content → Images). Medusa's own thumbnail and images below are what Medusa's admin, its Store API and other channels that read Medusa show.</source>
        <translation>&lt;b&gt;Der Storefront zeigt die Bilder aus Payload, nicht diese.&lt;/b&gt; Der Storefront dieses Shop-Designs nimmt seine Bilder aus dem Payload-Dokument des Produkts (Inhalt bearbeiten → Bilder). Medusas eigenes Vorschaubild und die Bilder unten zeigen Medusas Admin, seine Store-API und andere Kanäle, die Medusa lesen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.avif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.avif)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Clear thumbnail</source>
        <translation>Vorschaubild entfernen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Medusa · in this order · saved with Save</source>
        <translation>Medusa · in dieser Reihenfolge · gespeichert mit Speichern</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+224" />
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <location line="-217" />
        <source>Set as thumbnail</source>
        <translation>Als Vorschaubild</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move earlier</source>
        <translation>Nach vorn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Move later</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Upload image files to Medusa now (online)</source>
        <translation>Bilddateien jetzt zu Medusa hochladen (online)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No thumbnail</source>
        <translation>Kein Vorschaubild</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medusa has no thumbnail for this product.</source>
        <translation>Medusa hat kein Vorschaubild für dieses Produkt.</translation>
    </message>
    <message>
        <location line="+102" />
        <source>Upload images to Medusa</source>
        <translation>Bilder zu Medusa hochladen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Medusa is offline: to upload the images, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa ist offline: um die Bilder hochzuladen, muss Medusa online sein. Ihre anderen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Could not upload the images: {error}</source>
        <translation>Die Bilder konnten nicht hochgeladen werden: {error}</translation>
    </message>
</context>
<context>
    <name>NewProduct</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+3" />
        <source>Kept on this computer at once; the next push creates it in Medusa, and the integration makes its Payload document.</source>
        <translation>Wird sofort auf diesem Computer gespeichert; die nächste Übertragung legt es in Medusa an, und die Integration erstellt sein Payload-Dokument.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>each combination of values is a variant</source>
        <translation>jede Kombination von Werten ist eine Variante</translation>
    </message>
    <message>
        <location line="+7" />
        <source>untick a combination you do not sell</source>
        <translation>Haken bei nicht verkauften Kombinationen entfernen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>where the product is sold</source>
        <translation>wo das Produkt verkauft wird</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No sales channels are known yet: pull first, or add them to the product later.</source>
        <translation>Noch keine Vertriebskanäle bekannt: zuerst abrufen oder später zum Produkt hinzufügen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>What customers see, e.g. Merino Crew Sweater</source>
        <translation>Was Kunden sehen, z. B. Merino-Pullover</translation>
    </message>
    <message>
        <location line="+2" />
        <source>made from the title</source>
        <translation>aus dem Titel gebildet</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Price for all variants:</source>
        <translation>Preis für alle Varianten:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Track stock</source>
        <translation>Bestand führen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medusa keeps a stock level per location for each variant and stops selling what is out of stock</source>
        <translation>Medusa führt je Variante einen Bestand pro Standort und verkauft nicht, was nicht vorrätig ist</translation>
    </message>
    <message>
        <location line="+122" />
        <source>Discard new product</source>
        <translation>Neues Produkt verwerfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard this new product? What you typed is not kept.</source>
        <translation>Dieses neue Produkt verwerfen? Ihre Eingaben werden nicht behalten.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/variant_grid.py" line="+3" />
        <source>Price {currency}</source>
        <translation>Preis {currency}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stock · {location}</source>
        <translation>Bestand · {location}</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Tick at least one variant to make.</source>
        <translation>Haken Sie mindestens eine Variante zum Anlegen an.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>SKU “{sku}”: a SKU cannot contain spaces.</source>
        <translation>SKU „{sku}“: eine SKU darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Price for all variants in {currency}: {error}</source>
        <translation>Preis für alle Varianten in {currency}: {error}</translation>
    </message>
</context>
<context>
    <name>NoResults</name>
    <message>
        <location filename="../../desktop_app/ui/offline/no_results.py" line="+41" />
        <source>No products match “{text}”</source>
        <translation>Keine Produkte passen zu „{text}“</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No products match these filters</source>
        <translation>Keine Produkte passen zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+7" />
        <source>status {statuses}</source>
        <translation>Status {statuses}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>sync state {states}</source>
        <translation>Abgleich {states}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Filtered to {filters}.</source>
        <translation>Gefiltert nach {filters}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../desktop_app/ui/offline/organise_filters.py" line="+49" />
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Search looks at titles, handles, SKUs, descriptions and IDs.</source>
        <translation>Die Suche durchsucht Titel, Handles, SKUs, Beschreibungen und IDs.</translation>
    </message>
</context>
<context>
    <name>NothingLoaded</name>
    <message>
        <location filename="../../desktop_app/ui/nothing_loaded.py" line="+19" />
        <source>Nothing could be loaded</source>
        <translation>Nichts konnte geladen werden</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{servers} could not be reached</source>
        <comment>several servers</comment>
        <translation>{servers} waren nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{servers} could not be reached</source>
        <translation>{servers} war nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{servers} refused this profile's credentials</source>
        <comment>several servers</comment>
        <translation>{servers} haben die Zugangsdaten dieses Profils abgelehnt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{servers} refused this profile's credentials</source>
        <translation>{servers} hat die Zugangsdaten dieses Profils abgelehnt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{servers} answered with an error</source>
        <comment>several servers</comment>
        <translation>{servers} haben mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{servers} answered with an error</source>
        <translation>{servers} hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check the server addresses in Settings and that the servers are running, then Retry.</source>
        <translation>Prüfen Sie die Serveradressen in den Einstellungen und ob die Server laufen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the keys in Settings, then Retry.</source>
        <translation>Prüfen Sie die Schlüssel in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the server addresses and the keys in Settings and that the servers are running, then Retry.</source>
        <translation>Prüfen Sie die Serveradressen und die Schlüssel in den Einstellungen und ob die Server laufen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check the servers' logs or this shop's settings, then Retry.</source>
        <translation>Prüfen Sie die Protokolle der Server oder die Einstellungen dieses Shops und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{causes}, so this shop has no copy on this computer yet.</source>
        <translation>{causes}; daher gibt es von diesem Shop noch keine Kopie auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>To try the app first, start the local demo shop.</source>
        <translation>Um die App erst auszuprobieren, starten Sie den lokalen Demo-Shop.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the demo shop</source>
        <translation>Demo-Shop starten</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../desktop_app/ui/notifications/notices.py" line="+19" />
        <source>Push finished</source>
        <translation>Übertragung beendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Push failed</source>
        <translation>Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pull finished</source>
        <translation>Abruf beendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pull failed</source>
        <translation>Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync finished</source>
        <translation>Abgleich beendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync failed</source>
        <translation>Abgleich fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>OfflineCatalog</name>
    <message>
        <location filename="../../desktop_app/services/new_product.py" line="+90" />
        <source>A product needs a title.</source>
        <translation>Ein Produkt braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown status '{status}'.</source>
        <translation>Unbekannter Status „{status}“.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Every option needs a name.</source>
        <translation>Jede Option braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Option '{option}' is listed twice.</source>
        <translation>Die Option „{option}“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Option '{option}' needs distinct values.</source>
        <translation>Die Option „{option}“ braucht verschiedene Werte.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Each variant picks one value of every option.</source>
        <translation>Jede Variante wählt genau einen Wert jeder Option.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Two variants have the same SKU.</source>
        <translation>Zwei Varianten haben dieselbe SKU.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/offline.py" line="+259" />
        <source>This shop was closed; the edit is kept and sent when it is open.</source>
        <translation>Dieser Shop wurde geschlossen; die Änderung bleibt erhalten und wird übertragen, sobald er geöffnet ist.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Could not read {kinds} from Medusa: {error}</source>
        <translation>{kinds} konnten nicht aus Medusa gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>collections</source>
        <translation>Kollektionen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sales channels</source>
        <translation>Vertriebskanäle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stock locations</source>
        <translation>Lagerorte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>store currencies</source>
        <translation>Shop-Währungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A collection needs a name.</source>
        <translation>Eine Kollektion braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A tag needs a name.</source>
        <translation>Ein Tag braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A type needs a name.</source>
        <translation>Ein Typ braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A channel needs a name.</source>
        <translation>Ein Vertriebskanal braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A location needs a name.</source>
        <translation>Ein Lagerort braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Another push of this shop is under way (process {pid}).</source>
        <translation>Eine andere Übertragung dieses Shops läuft bereits (Prozess {pid}).</translation>
    </message>
    <message>
        <location line="+222" />
        <source>No Medusa product is stored for {id}; pull first.</source>
        <translation>Für {id} ist kein Medusa-Produkt gespeichert; rufen Sie zuerst ab.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No Payload document is stored for {id}; pull first.</source>
        <translation>Für {id} ist kein Payload-Dokument gespeichert; rufen Sie zuerst ab.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>No product {id} is stored; pull first.</source>
        <translation>Kein Produkt {id} gespeichert; rufen Sie zuerst ab.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>A stock level is a whole number, not {value}.</source>
        <translation>Ein Bestand ist eine ganze Zahl, nicht {value}.</translation>
    </message>
    <message>
        <location line="+140" />
        <source>{file} is not an image.</source>
        <translation>{file} ist kein Bild.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>this catalog was opened without the shop's secrets</source>
        <translation>dieser Katalog wurde ohne die Schlüssel des Shops geöffnet</translation>
    </message>
    <message>
        <location line="+166" />
        <source>This product has no Payload document yet: its drafts and publishing come once Payload has it (push, then pull).</source>
        <translation>Dieses Produkt hat noch kein Payload-Dokument: Entwürfe und Veröffentlichung gibt es, sobald Payload es hat (übertragen, dann abrufen).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/db.py" line="+40" />
        <source>The catalog database has schema version {version}, newer than this app understands ({known}). Update the app.</source>
        <translation>Die Katalogdatenbank hat die Schemaversion {version}, neuer als diese App versteht ({known}). Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/structure.py" line="+37" />
        <source>No variant {variant} in {product}.</source>
        <translation>Keine Variante {variant} in {product}.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No Medusa product {id} is stored; pull first.</source>
        <translation>Kein Medusa-Produkt {id} gespeichert; rufen Sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/drafts.py" line="+114" />
        <source>Taken into the new product before its create was sent.</source>
        <translation>In das neue Produkt übernommen, bevor es angelegt wurde.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-195" />
        <location filename="../../desktop_app/ui/offline/operation_words.py" line="+47" />
        <source>Create product</source>
        <translation>Produkt anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/operation_words.py" line="+2" />
        <source>Delete product</source>
        <translation>Produkt löschen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add variant {variant}</source>
        <translation>Variante {variant} hinzufügen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove variant {variant}</source>
        <translation>Variante {variant} entfernen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add option {option} ({values})</source>
        <translation>Option {option} hinzufügen ({values})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rename option {old} to {new}</source>
        <translation>Option {old} umbenennen in {new}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename option to {new}</source>
        <translation>Option umbenennen in {new}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove option {option}</source>
        <translation>Option {option} entfernen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>add {values}</source>
        <translation>{values} hinzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>remove {values}</source>
        <translation>{values} entfernen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Option {option}: {changes}</source>
        <translation>Option {option}: {changes}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Set stock {quantity} at {location}</source>
        <translation>Bestand {quantity} in {location} setzen</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%Ln variant(s)</source>
        <translation>
            <numerusform>%Ln Variante</numerusform>
            <numerusform>%Ln Varianten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Variant {variant}</source>
        <translation>Variante {variant}</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/offline/options_editor.py" line="+23" />
        <source>e.g. Size</source>
        <translation>z. B. Größe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. S, M, L</source>
        <translation>z. B. S, M, L</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-215" />
        <location filename="../../desktop_app/ui/offline/options_editor.py" line="+1" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/options_editor.py" line="+1" />
        <source>Remove this option</source>
        <translation>Diese Option entfernen</translation>
    </message>
    <message>
        <location line="+20" />
        <location filename="../../desktop_app/ui/offline/options_panel.py" line="+60" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../desktop_app/ui/offline/options_panel.py" line="+135" />
        <source>Add option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No options: the product has one variant.</source>
        <translation>Keine Optionen: das Produkt hat eine Variante.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/options_panel.py" line="-135" />
        <location line="+130" />
        <location line="+56" />
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="-168" />
        <source>Add option…</source>
        <translation>Option hinzufügen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add value…</source>
        <translation>Wert hinzufügen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove value…</source>
        <translation>Wert entfernen…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+245" />
        <location line="+4" />
        <source>Remove option</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <location line="-222" />
        <source>(no values)</source>
        <translation>(keine Werte)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No options yet: add one (Size, Colour…) to offer variants.</source>
        <translation>Noch keine Optionen: fügen Sie eine hinzu (Größe, Farbe…), um Varianten anzubieten.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>{value}: unused</source>
        <translation>{value}: unbenutzt</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>{value}: %Ln variant(s)</source>
        <translation>
            <numerusform>{value}: %Ln Variante</numerusform>
            <numerusform>{value}: %Ln Varianten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>New option</source>
        <translation>Neue Option</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+130" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name, like Size</source>
        <translation>Name, etwa Größe</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Values, like S, M, L</source>
        <translation>Werte, etwa S, M, L</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+26" />
        <source>The option needs a name.</source>
        <translation>Die Option braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-24" />
        <location line="+28" />
        <source>The product has an option “{option}” already.</source>
        <translation>Das Produkt hat bereits eine Option „{option}“.</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Give the option at least one value (separate values with commas).</source>
        <translation>Geben Sie der Option mindestens einen Wert (Werte mit Kommas trennen).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A value is listed twice.</source>
        <translation>Ein Wert steht doppelt in der Liste.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rename “{option}”</source>
        <translation>„{option}“ umbenennen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>New value of {option}</source>
        <translation>Neuer Wert für {option}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A value (or several, with commas)</source>
        <translation>Ein Wert (oder mehrere, mit Kommas)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{value}” is a value of {option} already.</source>
        <translation>„{value}“ ist bereits ein Wert von {option}.</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>{value} — %Ln variant uses it|{value} — %Ln variants use it</source>
        <translation>
            <numerusform>{value} — %Ln Variante verwendet ihn</numerusform>
            <numerusform>{value} — %Ln Varianten verwenden ihn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>{value} — unused</source>
        <translation>{value} — unbenutzt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{option} has no values to remove.</source>
        <translation>{option} hat keine Werte zum Entfernen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove a value of {option}</source>
        <translation>Einen Wert von {option} entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>One variant uses {option}: remove it first (Medusa keeps an option while a variant uses it).|%Ln variants use {option}: remove them first (Medusa keeps an option while a variant uses it).</source>
        <translation>
            <numerusform>%Ln Variante verwendet {option}: entfernen Sie sie zuerst (Medusa behält eine Option, solange eine Variante sie verwendet).</numerusform>
            <numerusform>%Ln Varianten verwenden {option}: entfernen Sie sie zuerst (Medusa behält eine Option, solange eine Variante sie verwendet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
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
        <location filename="../../desktop_app/ui/offline/new_term_words.py" line="+28" />
        <source>New category…</source>
        <translation>Neue Kategorie…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a category in Medusa now (online)</source>
        <translation>Jetzt eine Kategorie in Medusa anlegen (online)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the new category</source>
        <translation>Name der neuen Kategorie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The category needs a name.</source>
        <translation>Die Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa is offline: to make the category, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa ist offline: um die Kategorie anzulegen, muss Medusa online sein. Ihre anderen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not make the category: {error}</source>
        <translation>Die Kategorie konnte nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New collection…</source>
        <translation>Neue Kollektion…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a collection in Medusa now (online)</source>
        <translation>Jetzt eine Kollektion in Medusa anlegen (online)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the new collection</source>
        <translation>Name der neuen Kollektion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New collection</source>
        <translation>Neue Kollektion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The collection needs a name.</source>
        <translation>Die Kollektion braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa is offline: to make the collection, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa ist offline: um die Kollektion anzulegen, muss Medusa online sein. Ihre anderen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not make the collection: {error}</source>
        <translation>Die Kollektion konnte nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New tag…</source>
        <translation>Neues Tag…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a tag in Medusa now (online)</source>
        <translation>Jetzt ein Tag in Medusa anlegen (online)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the new tag</source>
        <translation>Name des neuen Tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New tag</source>
        <translation>Neues Tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tag needs a name.</source>
        <translation>Das Tag braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa is offline: to make the tag, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa ist offline: um das Tag anzulegen, muss Medusa online sein. Ihre anderen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not make the tag: {error}</source>
        <translation>Das Tag konnte nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-144" />
        <source>Medusa · tick each one the product is in</source>
        <translation>Medusa · jede ankreuzen, in der das Produkt ist</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Medusa · where it is sold</source>
        <translation>Medusa · wo es verkauft wird</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+122" />
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/term_pickers.py" line="-185" />
        <source>Not in the shop's list: deleted in Medusa meanwhile, or made since the last pull. Untick it if it was deleted.</source>
        <translation>Nicht in der Liste des Shops: inzwischen in Medusa gelöscht oder seit dem letzten Abruf angelegt. Haken entfernen, falls gelöscht.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Unknown category ({id})</source>
        <translation>Unbekannte Kategorie ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown collection ({id})</source>
        <translation>Unbekannte Kollektion ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown type ({id})</source>
        <translation>Unbekannter Typ ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown sales channel ({id})</source>
        <translation>Unbekannter Vertriebskanal ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown tag ({id})</source>
        <translation>Unbekanntes Tag ({id})</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message numerus="yes">
        <location line="+64" />
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln gewählt</numerusform>
            <numerusform>%Ln gewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>None chosen</source>
        <translation>Keine gewählt</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../../desktop_app/ui/offline/values.py" line="-44" />
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Locked in Payload</source>
        <translation>In Payload gesperrt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+43" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Send the waiting changes to the servers now</source>
        <translation>Die wartenden Änderungen jetzt an die Server übertragen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone has this product open in Payload admin. Send the change anyway: their lock is removed and their unsaved edits there may be lost.</source>
        <translation>Jemand hat dieses Produkt in Payload geöffnet. Die Änderung trotzdem übertragen: die Sperre wird aufgehoben, und dort nicht gespeicherte Änderungen können verloren gehen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="-372" />
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+34" />
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+28" />
        <source>Push now</source>
        <translation>Jetzt übertragen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send the selected refused operations again at the next push (after fixing what the server said)</source>
        <translation>Die gewählten abgelehnten Vorgänge bei der nächsten Übertragung erneut senden (nachdem der Fehler behoben ist)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Resolve…</source>
        <translation>Auflösen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Override lock</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Nothing waiting: every edit has reached the servers.</source>
        <translation>Nichts ausstehend: alle Änderungen sind bei den Servern angekommen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
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
        <location filename="../../desktop_app/ui/offline/commerce_editor.py" line="+65" />
        <source>Choose Keep mine or Take theirs to save: the server changed this meanwhile.</source>
        <translation>Wählen Sie „Meine behalten“ oder „Server-Wert übernehmen“, um zu speichern: der Server hat dies inzwischen geändert.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Keep the changes here; the next push sends them (Ctrl+S)</source>
        <translation>Die Änderungen hier behalten; die nächste Übertragung sendet sie (Strg+S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close the editor; unsaved changes are asked about first</source>
        <translation>Den Editor schließen; bei ungespeicherten Änderungen wird vorher gefragt</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+300" />
        <source>Reload from server</source>
        <translation>Vom Server neu laden</translation>
    </message>
    <message>
        <location line="-295" />
        <source>Read this product again from Medusa and Payload now</source>
        <translation>Dieses Produkt jetzt neu aus Medusa und Payload lesen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+29" />
        <source>{id} is not in the local store</source>
        <translation>{id} ist nicht im lokalen Speicher</translation>
    </message>
    <message>
        <location line="+136" />
        <source>Something here needs a look</source>
        <translation>Hier ist etwas zu prüfen</translation>
    </message>
    <message>
        <location line="+104" />
        <source>Discard my typing and reload</source>
        <translation>Meine Eingaben verwerfen und neu laden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reloading…</source>
        <translation>Wird neu geladen…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Could not reload: {error}</source>
        <translation>Neu laden fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Save your changes to this product before closing?</source>
        <translation>Ihre Änderungen an diesem Produkt vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="-52" />
        <source>{marker} marks a product made in this app: a repeated create finds it by this mark instead of making a second one, so it is read-only.</source>
        <translation>{marker} kennzeichnet ein in dieser App angelegtes Produkt: ein wiederholtes Anlegen findet es an dieser Markierung, statt ein zweites zu erstellen; daher ist es schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+25" />
        <location filename="../../desktop_app/ui/offline/inline_prompt.py" line="+36" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+33" />
        <location line="+9" />
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-3" />
        <location line="+2" />
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a key and value pair</source>
        <translation>Ein Schlüssel-Wert-Paar hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected pair</source>
        <translation>Das ausgewählte Paar entfernen</translation>
    </message>
    <message>
        <location line="+101" />
        <source>The payload_id link cannot be removed here.</source>
        <translation>Die payload_id-Verknüpfung kann hier nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/editor_tab.py" line="+57" />
        <location line="+4" />
        <source>Server: {message}</source>
        <translation>Server: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-73" />
        <source>Medusa images</source>
        <translation>Medusa-Bilder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-172" />
        <source>Organise</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/stock_tab.py" line="+91" />
        <location line="+17" />
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="-24" />
        <source>Options &amp;&amp; variants</source>
        <translation>Optionen &amp;&amp; Varianten</translation>
    </message>
</context>
<context>
    <name>ProductPrompts</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+101" />
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="+30" />
        <source>Another product already has the handle “{handle}”.</source>
        <translation>Ein anderes Produkt hat bereits den Handle „{handle}“.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-46" />
        <source>Duplicate product</source>
        <translation>Produkt duplizieren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new draft copying “{title}”: its options, variants and prices, organisation and content. SKUs are left empty (each must be unique).</source>
        <translation>Ein neuer Entwurf als Kopie von „{title}“: Optionen, Varianten und Preise, Zuordnung und Inhalt. SKUs bleiben leer (jede muss eindeutig sein).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Delete “{title}”?</source>
        <translation>„{title}“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Delete %Ln product(s)?</source>
        <translation>
            <numerusform>%Ln Produkt löschen?</numerusform>
            <numerusform>%Ln Produkte löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete products</source>
        <translation>Produkte löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>It is deleted in Medusa at the next push, and its Payload document with it.|They are deleted in Medusa at the next push, and their Payload documents with them.</source>
        <translation>
            <numerusform>Es wird bei der nächsten Übertragung in Medusa gelöscht, sein Payload-Dokument mit ihm.</numerusform>
            <numerusform>Sie werden bei der nächsten Übertragung in Medusa gelöscht, ihre Payload-Dokumente mit ihnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>A draft never sent to Medusa is simply dropped.|%Ln drafts never sent to Medusa are simply dropped.</source>
        <translation>
            <numerusform>%Ln nie an Medusa gesendeter Entwurf wird einfach verworfen.</numerusform>
            <numerusform>%Ln nie an Medusa gesendete Entwürfe werden einfach verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>This cannot be undone here.</source>
        <translation>Das lässt sich hier nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Delete|Delete %Ln products</source>
        <translation>
            <numerusform>Löschen</numerusform>
            <numerusform>%Ln Produkte löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../desktop_app/config/profiles.py" line="+200" />
        <location line="+29" />
        <location line="+16" />
        <location filename="../../desktop_app/services/profiles.py" line="+212" />
        <source>no profile named {name}</source>
        <translation>kein Profil namens {name}</translation>
    </message>
    <message>
        <location line="-35" />
        <location filename="../../desktop_app/services/profiles.py" line="-35" />
        <source>a profile named {name} already exists</source>
        <translation>ein Profil namens {name} existiert bereits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/profiles.py" line="-134" />
        <source>%Ln edit made against {old} has not been sent. They will not be sent to {new}; they are kept in a backup in {folder}.|%Ln edits made against {old} have not been sent. They will not be sent to {new}; they are kept in a backup in {folder}.</source>
        <translation>
            <numerusform>%Ln Änderung an {old} wurde nicht übertragen. Sie wird nicht an {new} übertragen; sie bleibt in einer Sicherung in {folder} erhalten.</numerusform>
            <numerusform>%Ln Änderungen an {old} wurden nicht übertragen. Sie werden nicht an {new} übertragen; sie bleiben in einer Sicherung in {folder} erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%Ln edit of profile {name} has not been sent. They will not be sent; they are kept in a backup in {folder}.|%Ln edits of profile {name} have not been sent. They will not be sent; they are kept in a backup in {folder}.</source>
        <translation>
            <numerusform>%Ln Änderung des Profils {name} wurde nicht übertragen. Sie wird nicht übertragen; sie bleibt in einer Sicherung in {folder} erhalten.</numerusform>
            <numerusform>%Ln Änderungen des Profils {name} wurden nicht übertragen. Sie werden nicht übertragen; sie bleiben in einer Sicherung in {folder} erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46" />
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter the Medusa admin password.</source>
        <translation>Geben Sie das Medusa-Admin-Passwort ein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the Medusa secret API key.</source>
        <translation>Geben Sie den geheimen Medusa-API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the Payload API key.</source>
        <translation>Geben Sie den Payload-API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the Medusa admin password and the Payload API key.</source>
        <translation>Geben Sie das Medusa-Admin-Passwort und den Payload-API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the Medusa secret API key and the Payload API key.</source>
        <translation>Geben Sie den geheimen Medusa-API-Schlüssel und den Payload-API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>the name {name} is too similar to the profile {other} (they would share a local store); choose another</source>
        <translation>der Name {name} ist dem Profil {other} zu ähnlich (beide würden denselben lokalen Speicher nutzen); wählen Sie einen anderen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/files.py" line="+132" />
        <source>The local store of profile {name} is in use (the app or a command such as 'desktop-app push' has it open). Close it and try again.</source>
        <translation>Der lokale Speicher des Profils {name} wird verwendet (die App oder ein Befehl wie „desktop-app push“ hat ihn geöffnet). Schließen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The local store {path} cannot be read: {error}</source>
        <translation>Der lokale Speicher {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The local store {source} could not be moved to {target}: {error}</source>
        <translation>Der lokale Speicher {source} konnte nicht nach {target} verschoben werden: {error}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>A local store named {name} already exists ({path}); choose another profile name.</source>
        <translation>Ein lokaler Speicher namens {name} existiert bereits ({path}); wählen Sie einen anderen Profilnamen.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>A local store for profile {name} already exists ({path}).</source>
        <translation>Für das Profil {name} existiert bereits ein lokaler Speicher ({path}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/connection_check.py" line="+36" />
        <source>Connected. The shop has %Ln product(s).</source>
        <translation>
            <numerusform>Verbunden. Der Shop hat %Ln Produkt.</numerusform>
            <numerusform>Verbunden. Der Shop hat %Ln Produkte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Connected as {email}.</source>
        <translation>Verbunden als {email}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connected as user {id}.</source>
        <translation>Verbunden als Benutzer {id}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No answer within {seconds} s.</source>
        <translation>Keine Antwort innerhalb von {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/demo.py" line="+102" />
        <source>The demo stack is up but its credentials could not be read ({error}).</source>
        <translation>Der Demo-Stack läuft, aber seine Zugangsdaten konnten nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The local demo stack is not part of this installation. Add a shop profile in Settings instead.</source>
        <translation>Der lokale Demo-Stack gehört nicht zu dieser Installation. Legen Sie stattdessen ein Shop-Profil in den Einstellungen an.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Starting the local demo stack failed (exit code {code}):
{output}</source>
        <translation>Der Start des lokalen Demo-Stacks ist fehlgeschlagen (Exit-Code {code}):
{output}</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <location filename="../../desktop_app/ui/admin/progress_box.py" line="+17" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{rate} products/s</source>
        <translation>{rate} Produkte/s</translation>
    </message>
    <message>
        <location line="+4" />
        <source>rate —</source>
        <translation>Rate —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ETA {time}</source>
        <translation>Restzeit {time}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ETA —</source>
        <translation>Restzeit —</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln Payload doc(s)</source>
        <translation>
            <numerusform>%Ln Payload-Dokument</numerusform>
            <numerusform>%Ln Payload-Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln fehlt</numerusform>
            <numerusform>%Ln fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln with a wrong payload_id</source>
        <translation>
            <numerusform>%Ln mit falscher payload_id</numerusform>
            <numerusform>%Ln mit falscher payload_id</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>no change for {time}</source>
        <translation>seit {time} keine Änderung</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stop watching (a sync already started in Medusa keeps running)</source>
        <translation>Beobachtung beenden (ein in Medusa bereits gestarteter Abgleich läuft weiter)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Syncing</source>
        <translation>Abgleich läuft</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>{done} / %Ln product(s) in agreement</source>
        <translation>
            <numerusform>{done} von %Ln Produkt synchron</numerusform>
            <numerusform>{done} von %Ln Produkten synchron</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pull</name>
    <message>
        <location filename="../../desktop_app/exchange/pull.py" line="+281" />
        <source>Reading {server}…</source>
        <translation>{server} wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Reading %Ln product(s) from Medusa…</source>
        <translation>
            <numerusform>%Ln Produkt wird aus Medusa gelesen…</numerusform>
            <numerusform>%Ln Produkte werden aus Medusa gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Read %Ln product(s) from Medusa</source>
        <translation>
            <numerusform>%Ln Produkt aus Medusa gelesen</numerusform>
            <numerusform>%Ln Produkte aus Medusa gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>%Ln changed in Medusa</source>
        <translation>
            <numerusform>%Ln in Medusa geändert</numerusform>
            <numerusform>%Ln in Medusa geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66" />
        <source>Reading %Ln document(s) from Payload…</source>
        <translation>
            <numerusform>%Ln Dokument wird aus Payload gelesen…</numerusform>
            <numerusform>%Ln Dokumente werden aus Payload gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Read %Ln document(s) from Payload</source>
        <translation>
            <numerusform>%Ln Dokument aus Payload gelesen</numerusform>
            <numerusform>%Ln Dokumente aus Payload gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>%Ln changed in Payload</source>
        <translation>
            <numerusform>%Ln in Payload geändert</numerusform>
            <numerusform>%Ln in Payload geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message numerus="yes">
        <location filename="../../desktop_app/exchange/push.py" line="+887" />
        <source>Sending changes of %Ln product(s)…</source>
        <translation>
            <numerusform>Änderungen von %Ln Produkt werden übertragen…</numerusform>
            <numerusform>Änderungen von %Ln Produkten werden übertragen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Sent {done} of %Ln product(s)</source>
        <translation>
            <numerusform>{done} von %Ln Produkt übertragen</numerusform>
            <numerusform>{done} von %Ln Produkten übertragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/offline.py" line="+316" />
        <source>Waiting for another push of this shop (process {pid}) to finish…</source>
        <translation>Warten, bis eine andere Übertragung dieses Shops (Prozess {pid}) endet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exchange/takeover.py" line="+26" />
        <source>Another process took over the push.</source>
        <translation>Ein anderer Prozess hat die Übertragung übernommen.</translation>
    </message>
</context>
<context>
    <name>PushOutcome</name>
    <message>
        <location filename="../../desktop_app/exchange/create_body.py" line="+77" />
        <source>A product needs a handle.</source>
        <translation>Ein Produkt braucht einen Handle.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The store does not sell in '{currency}' (its currencies: {currencies}).</source>
        <translation>Der Shop verkauft nicht in „{currency}“ (seine Währungen: {currencies}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exchange/operations_push.py" line="+318" />
        <source>Medusa no longer has it: {error}</source>
        <translation>Medusa hat es nicht mehr: {error}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The product was deleted.</source>
        <translation>Das Produkt wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>The option was removed in Medusa meanwhile.</source>
        <translation>Die Option wurde inzwischen in Medusa entfernt.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>This variant does not manage inventory in Medusa.</source>
        <translation>Diese Variante verwaltet in Medusa keinen Bestand.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Medusa no longer has this variant's inventory item (the variant or its product was deleted).</source>
        <translation>Medusa hat den Lagerartikel dieser Variante nicht mehr (die Variante oder ihr Produkt wurde gelöscht).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Medusa's stock changed to {quantity} since you set it.</source>
        <translation>Der Bestand in Medusa hat sich auf {quantity} geändert, seit Sie ihn gesetzt haben.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exchange/publishing_push.py" line="+45" />
        <source>Payload holds unpublished draft changes of this product; this edit of the live content would publish them too. Edit the draft and publish it, or publish first, then send this again.</source>
        <translation>Payload enthält unveröffentlichte Entwurfsänderungen dieses Produkts; diese Änderung des veröffentlichten Inhalts würde sie mitveröffentlichen. Bearbeiten Sie den Entwurf und veröffentlichen Sie ihn, oder veröffentlichen Sie zuerst und übertragen Sie dies dann erneut.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This shop's Payload has no drafts; the edit cannot be sent as one.</source>
        <translation>Payload hat in diesem Shop keine Entwürfe; die Änderung kann nicht als Entwurf übertragen werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not published: your draft changes before it were not sent (in conflict or refused), so publishing now would make the server's draft live instead. Resolve them, then publish again.</source>
        <translation>Nicht veröffentlicht: Ihre vorherigen Entwurfsänderungen wurden nicht übertragen (Konflikt oder abgelehnt), daher würde jetzt der Entwurf des Servers veröffentlicht. Lösen Sie sie auf und veröffentlichen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scheduled publishing is not available on this shop.</source>
        <translation>Geplante Veröffentlichung ist in diesem Shop nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exchange/push.py" line="-726" />
        <source>Waiting for Payload: the integration has not made this product's document yet; the edit is sent once it exists.</source>
        <translation>Warten auf Payload: Die Integration hat das Dokument dieses Produkts noch nicht angelegt; die Änderung wird übertragen, sobald es existiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+303" />
        <source>Category {names} no longer exists in Medusa.|Categories {names} no longer exist in Medusa.</source>
        <translation>
            <numerusform>Die Kategorie {names} existiert in Medusa nicht mehr.</numerusform>
            <numerusform>Die Kategorien {names} existieren in Medusa nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46" />
        <source>{server} sent this product in a shape the app cannot read ({reason}); the edit is kept.</source>
        <translation>{server} hat dieses Produkt in einer Form gesendet, die die App nicht lesen kann ({reason}); die Änderung bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The product was deleted in Medusa; the edit cannot be sent.</source>
        <translation>Das Produkt wurde in Medusa gelöscht; die Änderung kann nicht übertragen werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The product has no Payload document; the edit cannot be sent.</source>
        <translation>Das Produkt hat kein Payload-Dokument; die Änderung kann nicht übertragen werden.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Changed on the server since you edited it.</source>
        <translation>Auf dem Server geändert, seit Sie es bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Cannot send: variant {variant} no longer exists.</source>
        <translation>Übertragung nicht möglich: Die Variante {variant} existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exchange/translations_push.py" line="+174" />
        <source>Payload needs a title in {locale} before the other {locale} fields can be saved: translate the title too.</source>
        <translation>Payload braucht einen Titel in {locale}, bevor die anderen Felder in {locale} gespeichert werden können: Übersetzen Sie auch den Titel.</translation>
    </message>
</context>
<context>
    <name>QualityDashboard</name>
    <message>
        <location filename="../../desktop_app/ui/quality/chart.py" line="+57" />
        <source>products passing (%)</source>
        <translation>Produkte, die bestehen (%)</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../desktop_app/ui/quality/dashboard.py" line="+69" />
        <location filename="../../desktop_app/ui/quality/locale_chart.py" line="+44" />
        <location filename="../../desktop_app/ui/quality/score_cell.py" line="+21" />
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{rule} not applicable</source>
        <translation>{rule} nicht anwendbar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{rule} {percent}% ({detail})</source>
        <translation>{rule} {percent} % ({detail})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Up and Down choose a bar; Enter shows the products failing it in the list.</source>
        <translation>Pfeil nach oben und unten wählen einen Balken; die Eingabetaste zeigt die Produkte, die ihn nicht erfüllen, in der Liste.</translation>
    </message>
    <message>
        <location line="+10" />
        <location filename="../../desktop_app/ui/quality/locale_chart.py" line="+88" />
        <source>Products passing each rule: {rules}.</source>
        <translation>Produkte, die jede Regel erfüllen: {rules}.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Completeness by rule</source>
        <translation>Vollständigkeit nach Regel</translation>
    </message>
    <message>
        <location line="+24" />
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{percent}%  ({detail})</source>
        <translation>{percent} %  ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/dashboard.py" line="-17" />
        <source>{passed} of {total}</source>
        <translation>{passed} von {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/chart.py" line="-58" />
        <location filename="../../desktop_app/ui/quality/dashboard.py" line="+10" />
        <location filename="../../desktop_app/ui/quality/locale_chart.py" line="-9" />
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/dashboard.py" line="+14" />
        <source>No products in the local store yet: pull the shop first.</source>
        <translation>Noch keine Produkte im lokalen Speicher: Rufen Sie zuerst den Shop ab.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Average completeness {average} · {complete} of %Ln products complete</source>
        <translation>
            <numerusform>Durchschnittliche Vollständigkeit {average} · {complete} von %Ln Produkt vollständig</numerusform>
            <numerusform>Durchschnittliche Vollständigkeit {average} · {complete} von %Ln Produkten vollständig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln not scored yet</source>
        <translation>
            <numerusform>%Ln noch nicht bewertet</numerusform>
            <numerusform>%Ln noch nicht bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>The locales rule is switched off for this shop.</source>
        <translation>Die Regel „Sprachen“ ist für diesen Shop ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Locales: not applicable — this shop's Payload has no localised content, so there is nothing to translate.</source>
        <translation>Sprachen: nicht anwendbar — das Payload dieses Shops hat keine lokalisierten Inhalte, es gibt also nichts zu übersetzen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>{locale} {average} (%Ln complete)</source>
        <translation>
            <numerusform>{locale} {average} (%Ln vollständig)</numerusform>
            <numerusform>{locale} {average} (%Ln vollständig)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Average completeness per locale: {averages}.</source>
        <translation>Durchschnittliche Vollständigkeit je Sprache: {averages}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Content quality — {shop}</source>
        <translation>Inhaltsqualität — {shop}</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+41" />
        <source>Content quality</source>
        <translation>Inhaltsqualität</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+50" />
        <source>Needs the most work</source>
        <translation>Braucht die meiste Arbeit</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Score the catalog again from the local store</source>
        <translation>Den Katalog aus dem lokalen Speicher neu bewerten</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fails</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Worst first: score, product and the rules it fails; Enter shows the product in the product list</source>
        <translation>Schlechteste zuerst: Score, Produkt und die Regeln, die es nicht erfüllt; die Eingabetaste zeigt das Produkt in der Produktliste</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{rule}: {requirement}</source>
        <translation>{rule}: {requirement}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The rules: {rules}.</source>
        <translation>Die Regeln: {rules}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every rule is switched off for this shop.</source>
        <translation>Alle Regeln sind für diesen Shop ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/locale_chart.py" line="-50" />
        <source>Completeness by rule and locale</source>
        <translation>Vollständigkeit nach Regel und Sprache</translation>
    </message>
    <message>
        <location line="-30" />
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+45" />
        <source>{rule}: {shares}</source>
        <translation>{rule}: {shares}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/score_cell.py" line="+6" />
        <source>{rule}: {why}</source>
        <translation>{rule}: {why}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not scored yet: the next pull scores it.</source>
        <translation>Noch nicht bewertet: Der nächste Abruf bewertet es.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Complete: passes every content rule that applies.</source>
        <translation>Vollständig: erfüllt jede zutreffende Inhaltsregel.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs work:
{reasons}</source>
        <translation>Braucht Arbeit:
{reasons}</translation>
    </message>
</context>
<context>
    <name>QualityRules</name>
    <message numerus="yes">
        <location filename="../../desktop_app/quality/checks.py" line="+199" />
        <source>%Ln words (at least {min})</source>
        <translation>
            <numerusform>%Ln Wort (mindestens {min})</numerusform>
            <numerusform>%Ln Wörter (mindestens {min})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln characters ({min}–{max})</source>
        <translation>
            <numerusform>%Ln Zeichen ({min}–{max})</numerusform>
            <numerusform>%Ln Zeichen ({min}–{max})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>no images</source>
        <translation>keine Bilder</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>{missing} of %Ln images without alt text</source>
        <translation>
            <numerusform>{missing} von %Ln Bild ohne Alt-Text</numerusform>
            <numerusform>{missing} von %Ln Bildern ohne Alt-Text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%Ln not read yet</source>
        <translation>
            <numerusform>%Ln noch nicht gelesen</numerusform>
            <numerusform>%Ln noch nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>no thumbnail</source>
        <translation>kein Vorschaubild</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the shop has no localised content</source>
        <translation>der Shop hat keine lokalisierten Inhalte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>missing {locales}</source>
        <translation>fehlt: {locales}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no regions pulled</source>
        <translation>keine Regionen abgerufen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no Medusa product</source>
        <translation>kein Medusa-Produkt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no variants</source>
        <translation>keine Varianten</translation>
    </message>
    <message>
        <location line="+6" />
        <source>variants without a price for {currencies}</source>
        <translation>Varianten ohne Preis für {currencies}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/quality/rules.py" line="+49" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta title</source>
        <translation>Meta-Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta description</source>
        <translation>Meta-Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt text</source>
        <translation>Alt-Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Locales</source>
        <translation>Sprachen</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>a description of at least %Ln words</source>
        <translation>
            <numerusform>eine Beschreibung mit mindestens %Ln Wort</numerusform>
            <numerusform>eine Beschreibung mit mindestens %Ln Wörtern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>a meta title of {min}–{max} characters</source>
        <translation>ein Meta-Titel mit {min}–{max} Zeichen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a meta description of {min}–{max} characters</source>
        <translation>eine Meta-Beschreibung mit {min}–{max} Zeichen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>alt text on every image (Payload media)</source>
        <translation>Alt-Text an jedem Bild (Payload-Medien)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a thumbnail</source>
        <translation>ein Vorschaubild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a price for every region (its currency) on every variant</source>
        <translation>ein Preis für jede Region (ihre Währung) an jeder Variante</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every locale translated (where the shop has localised content)</source>
        <translation>jede Sprache übersetzt (wo der Shop lokalisierte Inhalte hat)</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/schedule_dialog.py" line="+41" />
        <source>Schedule publishing</source>
        <translation>Veröffentlichung planen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Payload publishes or unpublishes the product at the time you choose, even when this app is closed.</source>
        <translation>Payload veröffentlicht das Produkt oder zieht es zurück, wann Sie es wählen, auch wenn diese App geschlossen ist.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>d MMM yyyy HH:mm</source>
        <comment>a Qt date-time display format</comment>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;When ({zone})</source>
        <translation>&amp;Wann ({zone})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>P&amp;ublish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>U&amp;npublish</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove schedule</source>
        <translation>Planung entfernen</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../../desktop_app/secrets/errors.py" line="+8" />
        <source>No OS keyring is available: install and unlock a Secret Service provider such as gnome-keyring or KWallet (on Debian/Ubuntu: apt install gnome-keyring; on a headless machine start it with scripts/keyring-session.sh). On macOS and Windows the system keychain / Credential Manager is used automatically.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Installieren und entsperren Sie einen Secret-Service-Anbieter wie gnome-keyring oder KWallet (unter Debian/Ubuntu: apt install gnome-keyring; auf einem Rechner ohne Bildschirm mit scripts/keyring-session.sh starten). Unter macOS und Windows wird automatisch der Schlüsselbund bzw. die Anmeldeinformationsverwaltung des Systems verwendet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Secrets are kept in memory for this run only and will be asked for again next time.</source>
        <translation>Geheimnisse werden nur für diese Sitzung im Speicher gehalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets/store.py" line="+71" />
        <source>The keyring is disabled (keyring.backends.null.Keyring is configured, e.g. via PYTHON_KEYRING_BACKEND or keyringrc.cfg), so secrets cannot be saved. Remove that setting to use the OS keyring.</source>
        <translation>Der Schlüsselbund ist deaktiviert (keyring.backends.null.Keyring ist eingestellt, z. B. über PYTHON_KEYRING_BACKEND oder keyringrc.cfg), daher können keine Geheimnisse gespeichert werden. Entfernen Sie diese Einstellung, um den Schlüsselbund des Systems zu nutzen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The OS keyring is locked: unlock it (log in to the desktop session, or run 'gnome-keyring-daemon --unlock') and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt: Entsperren Sie ihn (melden Sie sich an der Desktop-Sitzung an oder führen Sie „gnome-keyring-daemon --unlock“ aus) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The OS keyring ({backend}) failed: {error}. Make sure a Secret Service provider such as gnome-keyring or KWallet is running and unlocked (on Debian/Ubuntu: apt install gnome-keyring).</source>
        <translation>Der Schlüsselbund des Systems ({backend}) ist fehlgeschlagen: {error}. Stellen Sie sicher, dass ein Secret-Service-Anbieter wie gnome-keyring oder KWallet läuft und entsperrt ist (unter Debian/Ubuntu: apt install gnome-keyring).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/shop.py" line="+41" />
        <source>No Medusa admin password is stored for this profile. Enter it in Settings.</source>
        <translation>Für dieses Profil ist kein Medusa-Admin-Passwort gespeichert. Geben Sie es in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No Medusa secret API key is stored for this profile. Enter it in Settings.</source>
        <translation>Für dieses Profil ist kein geheimer Medusa-API-Schlüssel gespeichert. Geben Sie ihn in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No Payload API key is stored for this profile. Enter it in Settings.</source>
        <translation>Für dieses Profil ist kein Payload-API-Schlüssel gespeichert. Geben Sie ihn in den Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <location filename="../../desktop_app/api/http.py" line="+147" />
        <source>Could not connect to {server} at {host} in time. Is the server running and the address right?</source>
        <translation>Keine rechtzeitige Verbindung zu {server} unter {host}. Läuft der Server und stimmt die Adresse?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{server} at {host} did not answer in time. Try again later.</source>
        <translation>{server} unter {host} hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not connect to {server} at {host}. Is the server running and the address right?</source>
        <translation>Keine Verbindung zu {server} unter {host}. Läuft der Server und stimmt die Adresse?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The {server} address is not a valid http(s) URL.</source>
        <translation>Die Adresse von {server} ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The connection to {server} at {host} broke. Try again.</source>
        <translation>Die Verbindung zu {server} unter {host} ist abgebrochen. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/api/payload.py" line="+178" />
        <source>Payload has no user collection '{collection}'. Check the user collection setting.</source>
        <translation>Payload hat keine Benutzer-Collection „{collection}“. Prüfen Sie die Einstellung „Auth-Collection“.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Payload API key not recognised. Check the key and that API keys are enabled for the user.</source>
        <translation>Payload kennt diesen API-Schlüssel nicht. Prüfen Sie den Schlüssel und ob API-Schlüssel für den Benutzer aktiviert sind.</translation>
    </message>
    <message>
        <location line="+163" />
        <source>Payload sent a {collection} document that is not an object.</source>
        <translation>Payload hat ein Dokument aus {collection} gesendet, das kein Objekt ist.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Payload's count reply had no totalDocs.</source>
        <translation>Die Zählantwort von Payload enthielt kein totalDocs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/api/responses.py" line="+50" />
        <source>The server answered with {type} instead of JSON. Check that the {server} address is correct.</source>
        <translation>Der Server hat mit {type} statt JSON geantwortet. Prüfen Sie, ob die Adresse von {server} stimmt.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{server} sent a reply that is not valid JSON.</source>
        <translation>{server} hat eine Antwort gesendet, die kein gültiges JSON ist.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>{server} has no API route {path}. Check the {server} address and that the server version is supported.</source>
        <translation>{server} hat keine API-Route {path}. Prüfen Sie die Adresse von {server} und ob die Serverversion unterstützt wird.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>{server} is busy (HTTP 429); try again in a moment.</source>
        <translation>{server} ist ausgelastet (HTTP 429); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{server} is busy (HTTP 429); retry in {wait}.</source>
        <translation>{server} ist ausgelastet (HTTP 429); versuchen Sie es in {wait} erneut.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{server} is unavailable for now (HTTP 503); retry in {wait}.</source>
        <translation>{server} ist vorübergehend nicht verfügbar (HTTP 503); versuchen Sie es in {wait} erneut.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Medusa redirected the request. Check the address (for example http vs https).</source>
        <translation>Medusa hat die Anfrage umgeleitet. Prüfen Sie die Adresse (etwa http oder https).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Medusa rejected the email or password.</source>
        <translation>Medusa hat E-Mail oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Medusa did not accept the credentials (wrong, expired or revoked).</source>
        <translation>Medusa hat die Zugangsdaten nicht akzeptiert (falsch, abgelaufen oder widerrufen).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Medusa refused this action: {message}.</source>
        <translation>Medusa hat diese Aktion abgelehnt: {message}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medusa refused this action: insufficient permissions.</source>
        <translation>Medusa hat diese Aktion abgelehnt: unzureichende Berechtigungen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Medusa could not find this record.</source>
        <translation>Medusa hat diesen Datensatz nicht gefunden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Medusa was busy with a conflicting change; please try again.</source>
        <translation>Medusa war mit einer widersprechenden Änderung beschäftigt; bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Medusa rejected the data.</source>
        <translation>Medusa hat die Daten abgelehnt.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Invalid value.</source>
        <translation>Ungültiger Wert.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Document {id}: {message}</source>
        <translation>Dokument {id}: {message}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Payload redirected the request. Check the address (for example http vs https).</source>
        <translation>Payload hat die Anfrage umgeleitet. Prüfen Sie die Adresse (etwa http oder https).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Payload did not accept the credentials.</source>
        <translation>Payload hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Payload refused this action. The API key may be wrong, disabled, or belong to a user without access.</source>
        <translation>Payload hat diese Aktion abgelehnt. Der API-Schlüssel ist vielleicht falsch, deaktiviert oder gehört einem Benutzer ohne Zugriff.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Payload could not find this document.</source>
        <translation>Payload hat dieses Dokument nicht gefunden.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This document is open in Payload admin by someone else and is locked. Try again later, or override the lock.</source>
        <translation>Dieses Dokument ist in Payload von jemand anderem geöffnet und gesperrt. Versuchen Sie es später erneut oder heben Sie die Sperre auf.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Payload rejected the data.</source>
        <translation>Payload hat die Daten abgelehnt.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{server} had an internal error, HTTP {status} ({detail}).</source>
        <translation>{server} hatte einen internen Fehler, HTTP {status} ({detail}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{server} had an internal error, HTTP {status}.</source>
        <translation>{server} hatte einen internen Fehler, HTTP {status}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{server} answered HTTP {status}: {detail}.</source>
        <translation>{server} hat mit HTTP {status} geantwortet: {detail}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{server} answered HTTP {status}.</source>
        <translation>{server} hat mit HTTP {status} geantwortet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/api/errors.py" line="+160" />
        <source>Saved {saved} of %Ln product(s); the next one was rejected: {error}</source>
        <translation>
            <numerusform>{saved} von %Ln Produkt gespeichert; das nächste wurde abgelehnt: {error}</numerusform>
            <numerusform>{saved} von %Ln Produkten gespeichert; das nächste wurde abgelehnt: {error}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Saved {saved} of %Ln product(s); the next group of {group} was rejected: {error}</source>
        <translation>
            <numerusform>{saved} von %Ln Produkt gespeichert; die nächste Gruppe von {group} wurde abgelehnt: {error}</numerusform>
            <numerusform>{saved} von %Ln Produkten gespeichert; die nächste Gruppe von {group} wurde abgelehnt: {error}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/api/medusa.py" line="+168" />
        <source>Medusa's login reply had no token.</source>
        <translation>Die Anmeldeantwort von Medusa enthielt kein Token.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Medusa did not accept the secret API key (wrong or revoked).</source>
        <translation>Medusa hat den geheimen API-Schlüssel nicht akzeptiert (falsch oder widerrufen).</translation>
    </message>
</context>
<context>
    <name>ServerGate</name>
    <message>
        <location filename="../../desktop_app/ui/server_gate.py" line="+50" />
        <source>{server} is offline: this is possible again when it is back.</source>
        <translation>{server} ist offline: das ist wieder möglich, sobald er zurück ist.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{first} and {second} are offline: this is possible again when they are back.</source>
        <translation>{first} und {second} sind offline: das ist wieder möglich, sobald sie zurück sind.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop_app/ui/appearance.py" line="+13" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="-6" />
        <source>System follows the desktop's light or dark scheme; Light and Dark stay</source>
        <translation>System folgt dem hellen oder dunklen Schema des Desktops; Hell und Dunkel bleiben fest</translation>
    </message>
    <message>
        <location line="+7" />
        <source>System follows the desktop's light or dark scheme</source>
        <translation>System folgt dem hellen oder dunklen Schema des Desktops</translation>
    </message>
    <message>
        <location line="-2" />
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setting_box.py" line="+59" />
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/log_level.py" line="+13" />
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warnings (default)</source>
        <translation>Warnungen (Standard)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything (debugging)</source>
        <translation>Alles (Fehlersuche)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Log detail:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How much the app writes to its log in {folder} (Help › Open log folder)</source>
        <translation>Wie viel die App in ihr Protokoll in {folder} schreibt (Hilfe › Protokollordner öffnen)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Log detail</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_box.py" line="+29" />
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The interface's language and the format of numbers, prices and dates; System follows the desktop's locale</source>
        <translation>Sprache der Oberfläche und Format von Zahlen, Preisen und Daten; System folgt der Einstellung des Desktops</translation>
    </message>
    <message>
        <location line="-2" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Applies when the app is started again.</source>
        <translation>Gilt nach dem nächsten Start der App.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="+65" />
        <source>Secret API key</source>
        <translation>Geheimer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closing the local store…</source>
        <translation>Lokaler Speicher wird geschlossen…</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Not tested yet.</source>
        <translation>Noch nicht getestet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Settings — Shop profiles</source>
        <translation>Einstellungen — Shop-Profile</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a shop profile</source>
        <translation>Ein Shop-Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+454" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-452" />
        <source>Remove the chosen profile and its keys from the keyring</source>
        <translation>Das gewählte Profil und seine Schlüssel aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Close the settings</source>
        <translation>Die Einstellungen schließen</translation>
    </message>
    <message>
        <location line="+27" />
        <source>e.g. my-shop</source>
        <translation>z. B. mein-shop</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A name for this shop, shown in the profile list and the toolbar</source>
        <translation>Ein Name für diesen Shop, angezeigt in der Profilliste und der Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+11" />
        <source>How the app signs in to Medusa: a secret API key, or an administrator's e-mail and password</source>
        <translation>Wie sich die App bei Medusa anmeldet: mit einem geheimen API-Schlüssel oder mit E-Mail und Passwort eines Administrators</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+19" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+130" />
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <location line="-119" />
        <source>The Payload collection whose user owns the API key (usually users)</source>
        <translation>Die Payload-Collection, deren Benutzer der API-Schlüssel gehört (meist users)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Auth collection</source>
        <translation>Auth-Collection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Try both servers with what is filled in, without saving</source>
        <translation>Beide Server mit den eingetragenen Angaben testen, ohne zu speichern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the profile; its keys go to the keyring</source>
        <translation>Das Profil speichern; seine Schlüssel kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{name}  (active)</source>
        <translation>{name}  (aktiv)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stored in the keyring; leave blank to keep</source>
        <translation>Im Schlüsselbund gespeichert; leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kept for this session; leave blank to keep</source>
        <translation>Für diese Sitzung gemerkt; leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Admin password</source>
        <translation>Admin-Passwort</translation>
    </message>
    <message>
        <location line="+3" />
        <source>API key of a Payload user</source>
        <translation>API-Schlüssel eines Payload-Benutzers</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Connection test failed</source>
        <translation>Verbindungstest fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The connection test of these settings failed:
{lines}

Save them anyway?</source>
        <translation>Der Verbindungstest dieser Einstellungen ist fehlgeschlagen:
{lines}

Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location line="+13" />
        <source>It may hold edits that were not sent. They will not be sent to the new server; the store is kept in a backup in {folder}.</source>
        <translation>Er kann nicht gesendete Änderungen enthalten. Sie werden nicht an den neuen Server gesendet; der Speicher wird als Sicherung in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+3" />
        <source>Change the server</source>
        <translation>Server wechseln</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Change the server anyway?</source>
        <translation>Server trotzdem wechseln?</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved (secrets kept for this session only).</source>
        <translation>Gespeichert (Geheimnisse nur für diese Sitzung gemerkt).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The local copy made with the previous settings was kept as a backup: {path}</source>
        <translation>Die mit den vorigen Einstellungen angelegte lokale Kopie wurde als Sicherung aufbewahrt: {path}</translation>
    </message>
    <message>
        <location line="+64" />
        <source>The test could not run: {error}</source>
        <translation>Der Test konnte nicht laufen: {error}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove the profile “{name}” and its stored secrets?</source>
        <translation>Das Profil „{name}“ und seine gespeicherten Geheimnisse entfernen?</translation>
    </message>
    <message>
        <location line="+9" />
        <source>It may hold edits that were not sent; it is kept in a backup in {folder}.</source>
        <translation>Er kann nicht gesendete Änderungen enthalten; er wird als Sicherung in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The local copy of “{name}” was kept as a backup: {path}</source>
        <translation>Die lokale Kopie von „{name}“ wurde als Sicherung aufbewahrt: {path}</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/stock_tab.py" line="-48" />
        <source>not tracked</source>
        <translation>nicht geführt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa does not manage this variant's stock (“Manage inventory” is off on the Options &amp; variants tab), so it has no levels to set.</source>
        <translation>Medusa verwaltet den Bestand dieser Variante nicht („Bestand verwalten“ ist im Reiter „Optionen &amp; Varianten“ aus); es gibt also keine Bestände zu setzen.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{stocked}  · {reserved} reserved</source>
        <translation>{stocked}  · {reserved} reserviert</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Medusa · stocked quantity per location · saved with Save</source>
        <translation>Medusa · Lagerbestand je Standort · gespeichert mit Speichern</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This shop has no stock locations in the local store yet: pull to read them (Medusa lists them under Settings → Locations).</source>
        <translation>Dieser Shop hat noch keine Lagerstandorte im lokalen Speicher: rufen Sie ab, um sie zu lesen (Medusa führt sie unter Settings → Locations).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reserved: held for orders not yet fulfilled. Available = stocked − reserved, over every location. Blue: set here, sent at the next push.</source>
        <translation>Reserviert: für noch nicht erfüllte Bestellungen zurückgehalten. Verfügbar = Lagerbestand − reserviert, über alle Standorte. Blau: hier gesetzt, mit der nächsten Übertragung gesendet.</translation>
    </message>
    <message>
        <location line="+36" />
        <location filename="../../desktop_app/ui/offline/variant_grid.py" line="-125" />
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stock location {id}</source>
        <translation>Lagerstandort {id}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Type 0 for none: a stock level is not removed here.</source>
        <translation>Geben Sie 0 für keinen ein: ein Bestand wird hier nicht entfernt.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>No stock level here yet: type a quantity to stock this location.</source>
        <translation>Hier noch kein Bestand: geben Sie eine Menge ein, um diesen Standort zu bestücken.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stocked {stocked} (set here, sent at the next push), reserved {reserved}</source>
        <translation>Lagerbestand {stocked} (hier gesetzt, mit der nächsten Übertragung gesendet), reserviert {reserved}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stocked {stocked}, reserved {reserved}</source>
        <translation>Lagerbestand {stocked}, reserviert {reserved}</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Stocked − reserved, over every location</source>
        <translation>Lagerbestand − reserviert, über alle Standorte</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln available in all</source>
        <translation>
            <numerusform>%Ln insgesamt verfügbar</numerusform>
            <numerusform>%Ln insgesamt verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>No variant of this product tracks stock.</source>
        <translation>Keine Variante dieses Produkts führt Bestand.</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+16" />
        <source>Medusa · each variant has one value of every option · changes are queued at once</source>
        <translation>Medusa · jede Variante hat einen Wert jeder Option · Änderungen werden sofort vorgemerkt</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Medusa · saved with Save</source>
        <translation>Medusa · gespeichert mit Speichern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add variant…</source>
        <translation>Variante hinzufügen…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+101" />
        <source>Remove variant</source>
        <translation>Variante entfernen</translation>
    </message>
    <message>
        <location line="-93" />
        <source>Add variant</source>
        <translation>Variante hinzufügen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add, remove or rename options and variants here and they are queued at once (the pending changes list them); typed values wait for Save.</source>
        <translation>Optionen und Varianten, die Sie hier hinzufügen, entfernen oder umbenennen, werden sofort vorgemerkt (die ausstehenden Änderungen listen sie); eingegebene Werte warten auf Speichern.</translation>
    </message>
    <message numerus="yes">
        <location line="+85" />
        <location line="+53" />
        <source>Remove variant|Remove %Ln variants</source>
        <translation>
            <numerusform>Variante entfernen</numerusform>
            <numerusform>%Ln Varianten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43" />
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Prices, like EUR 10.50, Europe: EUR 9</source>
        <translation>Preise, etwa EUR 10.50, Europe: EUR 9</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New variant</source>
        <translation>Neue Variante</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Every option needs a value first (Add value…).</source>
        <translation>Jede Option braucht zuerst einen Wert (Wert hinzufügen…).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A variant with these values exists already.</source>
        <translation>Eine Variante mit diesen Werten gibt es schon.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Another variant has the SKU {sku}.</source>
        <translation>Eine andere Variante hat die SKU {sku}.</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Remove the variant {names}? Its prices and stock go with it.|Remove %Ln variants ({names})? Their prices and stock go with them.</source>
        <translation>
            <numerusform>Die Variante {names} entfernen? Ihre Preise und Bestände gehen mit.</numerusform>
            <numerusform>%Ln Varianten ({names}) entfernen? Ihre Preise und Bestände gehen mit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove variants</source>
        <translation>Varianten entfernen</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop_app/ui/admin/history_model.py" line="+22" />
        <source>Agreed</source>
        <translation>Übereinstimmend</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stalled</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timed out</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/admin/sync_panel.py" line="+427" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/admin/sync_panel.py" line="-179" />
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+16" />
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{agree} / {total} agree</source>
        <translation>{agree} / {total} synchron</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln fehlt</numerusform>
            <numerusform>%Ln fehlen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/sync_panel.py" line="-183" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} und %Ln weiteres</numerusform>
            <numerusform>{names} und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>metadata.payload_id corrected for %Ln product(s)</source>
        <translation>
            <numerusform>metadata.payload_id für %Ln Produkt korrigiert</numerusform>
            <numerusform>metadata.payload_id für %Ln Produkte korrigiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%Ln skipped (changed since the check)</source>
        <translation>
            <numerusform>%Ln übersprungen (seit der Prüfung geändert)</numerusform>
            <numerusform>%Ln übersprungen (seit der Prüfung geändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln failed: {error}</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen: {error}</numerusform>
            <numerusform>%Ln fehlgeschlagen: {error}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>The sync was pressed to recreate the missing docs.</source>
        <translation>Der Abgleich wurde ausgelöst, um die fehlenden Dokumente neu anzulegen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sync failed</source>
        <translation>Abgleich fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server reported an error.</source>
        <translation>Der Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sync finished</source>
        <translation>Abgleich beendet</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Every product has its Payload document; see the report below.</source>
        <translation>Jedes Produkt hat sein Payload-Dokument; siehe den Bericht unten.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln difference below is for information only.|%Ln differences below are for information only.</source>
        <translation>
            <numerusform>%Ln Abweichung unten dient nur zur Information.</numerusform>
            <numerusform>%Ln Abweichungen unten dienen nur zur Information.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%Ln product(s) still missing in Payload, {wrong} with a wrong payload_id.</source>
        <translation>
            <numerusform>%Ln Produkt fehlt noch in Payload, {wrong} mit falscher payload_id.</numerusform>
            <numerusform>%Ln Produkte fehlen noch in Payload, {wrong} mit falscher payload_id.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Still missing: {names}.</source>
        <translation>Fehlt noch: {names}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sync stalled</source>
        <translation>Abgleich steht still</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sync timed out</source>
        <translation>Abgleich: Zeit abgelaufen</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Payload sync — {shop}</source>
        <translation>Payload-Abgleich — {shop}</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Medusa → Payload sync</source>
        <translation>Abgleich Medusa → Payload</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The Payload collection Medusa's products sync into</source>
        <translation>Die Payload-Kollektion, in die Medusas Produkte abgeglichen werden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare both servers product by product (read only)</source>
        <translation>Beide Server Produkt für Produkt vergleichen (nur lesend)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Trigger sync</source>
        <translation>Abgleich auslösen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{request}, then watch both servers until they agree or progress stops</source>
        <translation>{request}, dann beide Server beobachten, bis sie übereinstimmen oder nichts mehr vorangeht</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Verification report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+24" />
        <source>Run history</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Each sync run, newest first: when, how long, the collection, the outcome, the counts before and after</source>
        <translation>Jeder Abgleich, neueste zuerst: wann, wie lange, die Kollektion, das Ergebnis, die Zahlen vorher und nachher</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Every trigger from this app or the command line, newest first.</source>
        <translation>Jedes Auslösen aus dieser App oder der Kommandozeile, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the run history again</source>
        <translation>Den Verlauf der Abgleiche neu lesen</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot connect</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{problem} Open Settings to fix it.</source>
        <translation>{problem} Öffnen Sie die Einstellungen, um das zu beheben.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+134" />
        <source>Verifying</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <location line="-133" />
        <source>Comparing every product of Medusa and Payload…</source>
        <translation>Jedes Produkt von Medusa und Payload wird verglichen…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Triggering</source>
        <translation>Wird ausgelöst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pressing Medusa's sync route and reading both servers…</source>
        <translation>Die Abgleich-Route von Medusa wird ausgelöst und beide Server werden gelesen…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Stopped watching; a sync already started keeps running in Medusa.</source>
        <translation>Beobachtung beendet; ein bereits gestarteter Abgleich läuft in Medusa weiter.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>Correct metadata.payload_id in Medusa for %Ln product(s)?</source>
        <translation>
            <numerusform>metadata.payload_id in Medusa für %Ln Produkt korrigieren?</numerusform>
            <numerusform>metadata.payload_id in Medusa für %Ln Produkte korrigieren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Each product is read again first and skipped if it changed since the check. Payload is not changed.</source>
        <translation>Jedes Produkt wird zuerst neu gelesen und übersprungen, wenn es sich seit der Prüfung geändert hat. Payload wird nicht geändert.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fix payload_id</source>
        <translation>payload_id reparieren</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Repairing</source>
        <translation>Reparatur läuft</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Writing metadata.payload_id for %Ln product(s)…</source>
        <translation>
            <numerusform>metadata.payload_id wird für %Ln Produkt geschrieben…</numerusform>
            <numerusform>metadata.payload_id wird für %Ln Produkte geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Checking the result…</source>
        <translation>Das Ergebnis wird geprüft…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln Payload doc for a Payload admin to delete is on the clipboard. This app never deletes Payload products.|%Ln Payload docs for a Payload admin to delete are on the clipboard. This app never deletes Payload products.</source>
        <translation>
            <numerusform>%Ln Payload-Dokument, das ein Payload-Admin löschen sollte, ist in der Zwischenablage. Diese App löscht nie Payload-Produkte.</numerusform>
            <numerusform>%Ln Payload-Dokumente, die ein Payload-Admin löschen sollte, sind in der Zwischenablage. Diese App löscht nie Payload-Produkte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>Export the verification report as {format}</source>
        <translation>Prüfbericht als {format} exportieren</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln finding(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln Befund in {path} geschrieben.</numerusform>
            <numerusform>%Ln Befunde in {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <location filename="../../desktop_app/admin/verify.py" line="+53" />
        <source>missing in Payload</source>
        <translation>fehlt in Payload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orphan in Payload</source>
        <translation>verwaist in Payload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>payload_id missing</source>
        <translation>payload_id fehlt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>payload_id stale</source>
        <translation>payload_id veraltet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>duplicate medusa_id</source>
        <translation>doppelte medusa_id</translation>
    </message>
    <message>
        <location line="+1" />
        <source>options out of step</source>
        <translation>Optionen weichen ab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>variants out of step</source>
        <translation>Varianten weichen ab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>title differs (info)</source>
        <translation>Titel weicht ab (Info)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subtitle differs (info)</source>
        <translation>Untertitel weicht ab (Info)</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%Ln missing in Payload</source>
        <translation>
            <numerusform>%Ln fehlt in Payload</numerusform>
            <numerusform>%Ln fehlen in Payload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln orphan(s) in Payload</source>
        <translation>
            <numerusform>%Ln verwaistes Dokument in Payload</numerusform>
            <numerusform>%Ln verwaiste Dokumente in Payload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln payload_id(s) missing</source>
        <translation>
            <numerusform>%Ln payload_id fehlt</numerusform>
            <numerusform>%Ln payload_ids fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln payload_id(s) stale</source>
        <translation>
            <numerusform>%Ln payload_id veraltet</numerusform>
            <numerusform>%Ln payload_ids veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln duplicate medusa_id(s)</source>
        <translation>
            <numerusform>%Ln doppelte medusa_id</numerusform>
            <numerusform>%Ln doppelte medusa_ids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln product(s) with options out of step</source>
        <translation>
            <numerusform>%Ln Produkt mit abweichenden Optionen</numerusform>
            <numerusform>%Ln Produkte mit abweichenden Optionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln product(s) with variants out of step</source>
        <translation>
            <numerusform>%Ln Produkt mit abweichenden Varianten</numerusform>
            <numerusform>%Ln Produkte mit abweichenden Varianten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln title differs (info)|%Ln titles differ (info)</source>
        <translation>
            <numerusform>%Ln Titel weicht ab (Info)</numerusform>
            <numerusform>%Ln Titel weichen ab (Info)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln subtitle differs (info)|%Ln subtitles differ (info)</source>
        <translation>
            <numerusform>%Ln Untertitel weicht ab (Info)</numerusform>
            <numerusform>%Ln Untertitel weichen ab (Info)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64" />
        <location filename="../../desktop_app/ui/admin/report_view.py" line="+65" />
        <source>%Ln Payload doc(s)</source>
        <translation>
            <numerusform>%Ln Payload-Dokument</numerusform>
            <numerusform>%Ln Payload-Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Medusa and Payload agree: %Ln product(s), {docs}.</source>
        <translation>
            <numerusform>Medusa und Payload stimmen überein: %Ln Produkt, {docs}.</numerusform>
            <numerusform>Medusa und Payload stimmen überein: %Ln Produkte, {docs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%Ln difference is for information only.|%Ln differences are for information only.</source>
        <translation>
            <numerusform>%Ln Abweichung dient nur zur Information.</numerusform>
            <numerusform>%Ln Abweichungen dienen nur zur Information.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>{agree} of %Ln product(s) in agreement.</source>
        <translation>
            <numerusform>{agree} von %Ln Produkt synchron.</numerusform>
            <numerusform>{agree} von %Ln Produkten synchron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln problem(s) to fix: {kinds}; {agreement}</source>
        <translation>
            <numerusform>%Ln Problem zu beheben: {kinds}; {agreement}</numerusform>
            <numerusform>%Ln Probleme zu beheben: {kinds}; {agreement}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Medusa has %Ln option(s), Payload {payload}</source>
        <translation>
            <numerusform>Medusa hat %Ln Option, Payload {payload}</numerusform>
            <numerusform>Medusa hat %Ln Optionen, Payload {payload}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Medusa has %Ln variant(s), Payload {payload}</source>
        <translation>
            <numerusform>Medusa hat %Ln Variante, Payload {payload}</numerusform>
            <numerusform>Medusa hat %Ln Varianten, Payload {payload}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../../desktop_app/ui/admin/explanations.py" line="+138" />
        <source>(no medusa_id)</source>
        <translation>(keine medusa_id)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not in Payload: {ids}</source>
        <translation>nicht in Payload: {ids}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only in Payload: {ids}</source>
        <translation>nur in Payload: {ids}</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/admin/sync_panel.py" line="-484" />
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+36" />
        <source>the Payload doc has no medusa_id</source>
        <translation>das Payload-Dokument hat keine medusa_id</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>%Ln Payload doc has this medusa_id|%Ln Payload docs share this medusa_id</source>
        <translation>
            <numerusform>%Ln Payload-Dokument hat diese medusa_id</numerusform>
            <numerusform>%Ln Payload-Dokumente teilen sich diese medusa_id</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>the product was deleted in Medusa ({when})</source>
        <translation>das Produkt wurde in Medusa gelöscht ({when})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no Medusa product has this id</source>
        <translation>kein Medusa-Produkt hat diese ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/repairs.py" line="+44" />
        <source>{product}: set metadata.payload_id to {value} ({reason})</source>
        <translation>{product}: metadata.payload_id auf {value} setzen ({reason})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{product}: clear metadata.payload_id {expected} ({reason})</source>
        <translation>{product}: metadata.payload_id {expected} leeren ({reason})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Payload doc {value}: delete in Payload admin ({reason})</source>
        <translation>Payload-Dokument {value}: in Payload admin löschen ({reason})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{product}: re-run the sync ({reason})</source>
        <translation>{product}: Abgleich erneut ausführen ({reason})</translation>
    </message>
    <message>
        <location line="+31" />
        <source>duplicate of doc {doc} for {product}</source>
        <translation>Duplikat von Dokument {doc} für {product}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>payload_id was not set</source>
        <translation>payload_id war nicht gesetzt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>payload_id named another doc</source>
        <translation>payload_id nannte ein anderes Dokument</translation>
    </message>
    <message>
        <location line="+10" />
        <source>its Payload doc is gone</source>
        <translation>sein Payload-Dokument ist weg</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../desktop_app/admin/verify.py" line="+17" />
        <source>no Payload doc</source>
        <translation>kein Payload-Dokument</translation>
    </message>
    <message>
        <location line="+20" />
        <source>orphan: {why}</source>
        <translation>verwaist: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/verify.py" line="+11" />
        <source>payload_id {id} points at no Payload doc</source>
        <translation>payload_id {id} zeigt auf kein Payload-Dokument</translation>
    </message>
    <message>
        <location line="+15" />
        <source>metadata.payload_id is not set; the Payload doc is {doc}</source>
        <translation>metadata.payload_id ist nicht gesetzt; das Payload-Dokument ist {doc}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>payload_id {id}, but the Payload doc is {doc}</source>
        <translation>payload_id {id}, aber das Payload-Dokument ist {doc}</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Payload owns this text after creation</source>
        <translation>Nach dem Anlegen gehört dieser Text Payload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/watch.py" line="+32" />
        <source>Watching was cancelled (the sync may still be running in Medusa).</source>
        <translation>Die Beobachtung wurde abgebrochen (der Abgleich läuft in Medusa womöglich noch).</translation>
    </message>
    <message numerus="yes">
        <location line="+151" />
        <source>Sync finished: the %Ln product agrees.|Sync finished: all %Ln products agree.</source>
        <translation>
            <numerusform>Abgleich beendet: Das %Ln Produkt stimmt überein.</numerusform>
            <numerusform>Abgleich beendet: Alle %Ln Produkte stimmen überein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sync failed: {error}</source>
        <translation>Abgleich fehlgeschlagen: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Sync stalled: %Ln product(s) still missing in Payload, {unlinked} with a wrong payload_id.</source>
        <translation>
            <numerusform>Abgleich steht still: %Ln Produkt fehlt noch in Payload, {unlinked} mit falscher payload_id.</numerusform>
            <numerusform>Abgleich steht still: %Ln Produkte fehlen noch in Payload, {unlinked} mit falscher payload_id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Sync did not finish in time: %Ln product(s) still missing in Payload, {unlinked} with a wrong payload_id.</source>
        <translation>
            <numerusform>Abgleich nicht rechtzeitig fertig: %Ln Produkt fehlt noch in Payload, {unlinked} mit falscher payload_id.</numerusform>
            <numerusform>Abgleich nicht rechtzeitig fertig: %Ln Produkte fehlen noch in Payload, {unlinked} mit falscher payload_id.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/explanations.py" line="-118" />
        <source>title differs</source>
        <translation>Titel weicht ab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subtitle differs</source>
        <translation>Untertitel weicht ab</translation>
    </message>
    <message>
        <location line="+10" />
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{value}”</source>
        <translation>„{value}“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Payload has no document for this product, so its content cannot be edited. Fix: re-run the sync; if it stays missing, save the product in Medusa once.</source>
        <translation>Payload hat kein Dokument für dieses Produkt, sein Inhalt lässt sich also nicht bearbeiten. Abhilfe: Abgleich erneut ausführen; fehlt es weiterhin, speichern Sie das Produkt einmal in Medusa.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Payload document {docs} belongs to no Medusa product: {why}. Fix: a Payload admin deletes it; this app never deletes Payload products.</source>
        <translation>Das Payload-Dokument {docs} gehört zu keinem Medusa-Produkt: {why}. Abhilfe: Ein Payload-Admin löscht es; diese App löscht nie Payload-Produkte.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The Payload document exists ({docs}) but Medusa does not record its id in metadata.payload_id. Fix: “Fix payload_id” sets it.</source>
        <translation>Das Payload-Dokument existiert ({docs}), aber Medusa hält seine ID nicht in metadata.payload_id fest. Abhilfe: „payload_id reparieren“ setzt sie.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Medusa points at Payload document {id}, but the product's document is {docs}. Fix: “Fix payload_id” corrects it.</source>
        <translation>Medusa zeigt auf das Payload-Dokument {id}, das Dokument des Produkts ist aber {docs}. Abhilfe: „payload_id reparieren“ korrigiert das.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Medusa points at Payload document {id}, which no longer exists. Fix: “Fix payload_id” clears it and presses the sync, which then creates a new document.</source>
        <translation>Medusa zeigt auf das Payload-Dokument {id}, das es nicht mehr gibt. Abhilfe: „payload_id reparieren“ leert den Wert und löst den Abgleich aus, der dann ein neues Dokument anlegt.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln Payload document ({docs}) claims this product. Fix: a Payload admin deletes the extra ones (see “Copy orphan list”).|%Ln Payload documents ({docs}) claim this product. Fix: a Payload admin deletes the extra ones (see “Copy orphan list”).</source>
        <translation>
            <numerusform>%Ln Payload-Dokument ({docs}) beansprucht dieses Produkt. Abhilfe: Ein Payload-Admin löscht die überzähligen (siehe „Verwaiste kopieren“).</numerusform>
            <numerusform>%Ln Payload-Dokumente ({docs}) beanspruchen dieses Produkt. Abhilfe: Ein Payload-Admin löscht die überzähligen (siehe „Verwaiste kopieren“).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Payload's copy of the options does not match Medusa's: {detail}. Medusa owns the options; re-saving them in Medusa sends them again.</source>
        <translation>Die Kopie der Optionen in Payload passt nicht zu der in Medusa: {detail}. Die Optionen gehören Medusa; erneutes Speichern in Medusa sendet sie noch einmal.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Payload's copy of the variants does not match Medusa's: {detail}. Medusa owns the variants; re-saving them in Medusa sends them again.</source>
        <translation>Die Kopie der Varianten in Payload passt nicht zu der in Medusa: {detail}. Die Varianten gehören Medusa; erneutes Speichern in Medusa sendet sie noch einmal.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>For information: Medusa has {medusa}, Payload {payload}. Payload owns the title after creation, so this is expected and needs no fix.</source>
        <translation>Zur Information: Medusa hat {medusa}, Payload {payload}. Nach dem Anlegen gehört der Titel Payload, das ist also zu erwarten und muss nicht behoben werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>For information: Medusa has {medusa}, Payload {payload}. Payload owns the subtitle after creation, so this is expected and needs no fix.</source>
        <translation>Zur Information: Medusa hat {medusa}, Payload {payload}. Nach dem Anlegen gehört der Untertitel Payload, das ist also zu erwarten und muss nicht behoben werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/findings_model.py" line="+40" />
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload doc</source>
        <translation>Payload-Dokument</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Medusa id: {id}</source>
        <translation>Medusa-ID: {id}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No Medusa id</source>
        <translation>Keine Medusa-ID</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Payload doc: {docs}</source>
        <translation>Payload-Dokument: {docs}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No Payload doc</source>
        <translation>Kein Payload-Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/report_view.py" line="-25" />
        <source>No check yet.
Press “Verify” to compare Medusa and Payload product by product, or “Trigger sync” to sync and then check.</source>
        <translation>Noch keine Prüfung.
Drücken Sie „Prüfen“, um Medusa und Payload Produkt für Produkt zu vergleichen, oder „Abgleich auslösen“, um abzugleichen und dann zu prüfen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing to show: Medusa and Payload agree.</source>
        <translation>Nichts anzuzeigen: Medusa und Payload stimmen überein.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln problem(s) to fix</source>
        <translation>
            <numerusform>%Ln Problem zu beheben</numerusform>
            <numerusform>%Ln Probleme zu beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Medusa and Payload agree on the %Ln product|Medusa and Payload agree on all %Ln products</source>
        <translation>
            <numerusform>Medusa und Payload stimmen beim %Ln Produkt überein</numerusform>
            <numerusform>Medusa und Payload stimmen bei allen %Ln Produkten überein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>{agree} of %Ln product(s) in agreement</source>
        <translation>
            <numerusform>{agree} von %Ln Produkt synchron</numerusform>
            <numerusform>{agree} von %Ln Produkten synchron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%Ln difference(s) for information only, nothing to fix</source>
        <translation>
            <numerusform>%Ln Abweichung nur zur Information, nichts zu beheben</numerusform>
            <numerusform>%Ln Abweichungen nur zur Information, nichts zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Which findings the table lists</source>
        <translation>Welche Befunde die Tabelle zeigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the findings as a CSV file, for a spreadsheet</source>
        <translation>Die Befunde als CSV-Datei speichern, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the whole report as a JSON file</source>
        <translation>Den ganzen Bericht als JSON-Datei speichern</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Repairs</source>
        <translation>Reparaturen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fix payload_id of selected</source>
        <translation>payload_id der Auswahl reparieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Correct metadata.payload_id in Medusa for the selected rows (asks first)</source>
        <translation>metadata.payload_id in Medusa für die gewählten Zeilen korrigieren (fragt vorher)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+177" />
        <source>Fix all payload_ids</source>
        <translation>Alle payload_ids reparieren</translation>
    </message>
    <message>
        <location line="-174" />
        <source>Correct metadata.payload_id in Medusa for every row that can be fixed (asks first)</source>
        <translation>metadata.payload_id in Medusa für jede behebbare Zeile korrigieren (mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Re-run sync</source>
        <translation>Abgleich erneut ausführen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Press Medusa's sync route again and watch it</source>
        <translation>Die Abgleich-Route von Medusa erneut auslösen und beobachten</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+169" />
        <source>Copy orphan list</source>
        <translation>Verwaiste kopieren</translation>
    </message>
    <message>
        <location line="-166" />
        <source>Copy the Payload docs a Payload admin should delete (this app never deletes them)</source>
        <translation>Die Payload-Dokumente kopieren, die ein Payload-Admin löschen sollte (diese App löscht sie nie)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>checked {time}</source>
        <translation>geprüft {time}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{summary}. Each row: severity, product, what is wrong, the Payload doc and what it means; the repairs act on the rows selected.</source>
        <translation>{summary}. Jede Zeile: Schweregrad, Produkt, was falsch ist, das Payload-Dokument und was es bedeutet; die Reparaturen wirken auf die ausgewählten Zeilen.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>All findings ({count})</source>
        <translation>Alle Befunde ({count})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Problems only ({count})</source>
        <translation>Nur Probleme ({count})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Information only ({count})</source>
        <translation>Nur Informationen ({count})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{category} ({count})</source>
        <translation>{category} ({count})</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Fix all payload_ids ({count})</source>
        <translation>Alle payload_ids reparieren ({count})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Copy orphan list ({count})</source>
        <translation>Verwaiste kopieren ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="+242" />
        <source>The sync history could not be read: {error}</source>
        <translation>Der Verlauf der Abgleiche ließ sich nicht lesen: {error}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/timeline/build.py" line="+34" />
        <source>No product {id} is stored; check the id or pull first.</source>
        <translation>Kein Produkt {id} im Speicher; prüfen Sie die ID oder rufen Sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/timeline/points.py" line="+60" />
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pulled from {server}</source>
        <translation>Abgerufen von {server}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stored copy ({server})</source>
        <translation>Gespeicherte Kopie ({server})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sent to {server}</source>
        <translation>Gesendet an {server}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload version {number}</source>
        <translation>Payload-Version {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+92" />
        <source>%Ln older state(s) of {server} let go (the last {keep} are kept).</source>
        <translation>
            <numerusform>%Ln älterer Stand von {server} nicht mehr behalten (die letzten {keep} bleiben).</numerusform>
            <numerusform>%Ln ältere Stände von {server} nicht mehr behalten (die letzten {keep} bleiben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <source>%Ln field(s) ({already} already there)</source>
        <translation>
            <numerusform>%Ln Feld ({already} schon vorhanden)</numerusform>
            <numerusform>%Ln Felder ({already} schon vorhanden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln Feld</numerusform>
            <numerusform>%Ln Felder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>this app</source>
        <translation>diese App</translation>
    </message>
    <message numerus="yes">
        <location line="+48" />
        <source>%Ln edit(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf das Senden</numerusform>
            <numerusform>%Ln Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>as you see it</source>
        <translation>so, wie Sie es sehen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/timeline/restore.py" line="+23" />
        <source>that point does not know this field</source>
        <translation>dieser Stand kennt dieses Feld nicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the variant no longer exists</source>
        <translation>die Variante gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the variant did not exist then</source>
        <translation>die Variante gab es damals noch nicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the product has no Payload document now</source>
        <translation>das Produkt hat jetzt kein Payload-Dokument</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it holds that value now</source>
        <translation>es hat diesen Wert bereits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'{name}' is not an editable field</source>
        <translation>„{name}“ ist kein bearbeitbares Feld</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the Medusa ↔ Payload integration keeps it</source>
        <translation>die Medusa-↔-Payload-Integration verwaltet es</translation>
    </message>
    <message>
        <location filename="../../desktop_app/timeline/versions.py" line="+36" />
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Payload versions are not available: {reason}</source>
        <translation>Payload-Versionen sind nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Payload versions could not be read: {reason}</source>
        <translation>Payload-Versionen konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The newest {shown} of {total} Payload versions are shown; %Ln version(s) could not be read.</source>
        <translation>
            <numerusform>Die neuesten {shown} von {total} Payload-Versionen werden gezeigt; %Ln Version konnte nicht gelesen werden.</numerusform>
            <numerusform>Die neuesten {shown} von {total} Payload-Versionen werden gezeigt; %Ln Versionen konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>The newest {shown} of {total} Payload versions are shown.</source>
        <translation>Die neuesten {shown} von {total} Payload-Versionen werden gezeigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln version(s) could not be read.</source>
        <translation>
            <numerusform>%Ln Version konnte nicht gelesen werden.</numerusform>
            <numerusform>%Ln Versionen konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+3" />
        <source>user {id}</source>
        <translation>Benutzer {id}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>autosave</source>
        <translation>automatisch gespeichert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>latest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <location line="+3" />
        <source>published in {locale}</source>
        <translation>veröffentlicht in {locale}</translation>
    </message>
    <message>
        <location line="+30" />
        <source>this product has no Payload document.</source>
        <translation>dieses Produkt hat kein Payload-Dokument.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there is no Payload connection.</source>
        <translation>es besteht keine Verbindung zu Payload.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/point_list.py" line="+39" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who · note</source>
        <translation>Wer · Notiz</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Points</source>
        <translation>Stände</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Newest first. The arrow keys pick a point to compare with now; Ctrl+arrow and Ctrl+Space pick a second one to compare the two.</source>
        <translation>Neueste zuerst. Mit den Pfeiltasten wählen Sie einen Stand, um ihn mit jetzt zu vergleichen; mit Strg+Pfeiltaste und Strg+Leertaste einen zweiten, um die beiden zu vergleichen.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location line="+58" />
        <source>at {stamp} (UTC)</source>
        <translation>am {stamp} (UTC)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>read by this app at {stamp} (UTC)</source>
        <translation>von dieser App gelesen am {stamp} (UTC)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The servers do not say who made this change.</source>
        <translation>Die Server geben nicht an, wer diese Änderung gemacht hat.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sent: {fields}</source>
        <translation>Gesendet: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/window.py" line="+81" />
        <location line="+16" />
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read the store and Payload's versions again</source>
        <translation>Den lokalen Speicher und die Payload-Versionen neu lesen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Click a point to compare it with now; Ctrl+click a second one to compare the two.</source>
        <translation>Klicken Sie auf einen Stand, um ihn mit jetzt zu vergleichen; Strg+Klick auf einen zweiten vergleicht die beiden.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Show unchanged fields</source>
        <translation>Unveränderte Felder zeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also list the fields that hold the same value at A and B</source>
        <translation>Auch die Felder zeigen, die bei A und B denselben Wert haben</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+227" />
        <source>Restore all</source>
        <translation>Alle wiederherstellen</translation>
    </message>
    <message>
        <location line="-224" />
        <source>Set every field that differs back to its value at A (asks first): edits, sent with the next push</source>
        <translation>Jedes abweichende Feld auf seinen Wert bei A zurücksetzen (mit Rückfrage): Änderungen, gesendet mit der nächsten Übertragung</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Reading Payload's versions…</source>
        <translation>Payload-Versionen werden gelesen…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Timeline — {title}</source>
        <translation>Verlauf — {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>{product} · %Ln earlier point(s)</source>
        <translation>
            <numerusform>{product} · %Ln früherer Stand</numerusform>
            <numerusform>{product} · %Ln frühere Stände</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%Ln Payload version(s) listed.</source>
        <translation>
            <numerusform>%Ln Payload-Version aufgeführt.</numerusform>
            <numerusform>%Ln Payload-Versionen aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <source>Pick an earlier point to compare it with now.</source>
        <translation>Wählen Sie einen früheren Stand, um ihn mit jetzt zu vergleichen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing earlier is known of this product yet: its states are kept from its next pull, push or Payload version on.</source>
        <translation>Von diesem Produkt ist noch nichts Früheres bekannt: seine Stände werden ab dem nächsten Abruf, der nächsten Übertragung oder Payload-Version aufbewahrt.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Restore all to A ({count})</source>
        <translation>Alle auf A zurücksetzen ({count})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restore all to A</source>
        <translation>Alle auf A zurücksetzen</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Nothing to restore. {why}</source>
        <translation>Nichts wiederherzustellen. {why}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not restored: {error}</source>
        <translation>Nicht wiederhergestellt: {error}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restored {fields} to A ({point}): sending…</source>
        <translation>{fields} auf A ({point}) zurückgesetzt: wird gesendet…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restored {fields} to A ({point}): waiting in the outbox for the next push.</source>
        <translation>{fields} auf A ({point}) zurückgesetzt: wartet im Postausgang auf die nächste Übertragung.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not sent yet: {why}</source>
        <translation>Noch nicht gesendet: {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Bring %Ln field(s) back to A ({point}, {time})?</source>
        <translation>
            <numerusform>%Ln Feld auf A ({point}, {time}) zurücksetzen?</numerusform>
            <numerusform>%Ln Felder auf A ({point}, {time}) zurücksetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>They are edits like any other: sent with the next push, and a colleague's change since shows as a conflict.</source>
        <translation>Es sind Änderungen wie alle anderen: Sie werden mit der nächsten Übertragung gesendet, und eine Änderung eines Kollegen seitdem erscheint als Konflikt.</translation>
    </message>
</context>
<context>
    <name>TimelineDiff</name>
    <message>
        <location filename="../../desktop_app/timeline/blocks.py" line="+32" />
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rule</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Link to a document</source>
        <translation>Link auf ein Dokument</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List item</source>
        <translation>Listenpunkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbered item</source>
        <translation>Nummerierter Punkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Heading {level}</source>
        <translation>Überschrift {level}</translation>
    </message>
    <message>
        <location line="+27" />
        <source>[image: media {id}]</source>
        <translation>[Bild: Medium {id}]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/timeline/words.py" line="+17" />
        <location line="+19" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta title</source>
        <translation>Meta-Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta description</source>
        <translation>Meta-Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta keywords</source>
        <translation>Meta-Schlüsselwörter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sales channels</source>
        <translation>Vertriebskanäle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collection</source>
        <translation>Kollektion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa thumbnail</source>
        <translation>Medusa-Vorschaubild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa images</source>
        <translation>Medusa-Bilder</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manage inventory</source>
        <translation>Bestand verwalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allow backorder</source>
        <translation>Nachbestellung erlauben</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Metadata · {key}</source>
        <translation>Metadaten · {key}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>(no prices)</source>
        <translation>(keine Preise)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../desktop_app/ui/timeline/window.py" line="+29" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/diff_html.py" line="+98" />
        <source>not read yet at this point</source>
        <translation>zu diesem Stand noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/diff_view.py" line="+48" />
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{moved} of %Ln block(s) differ</source>
        <translation>
            <numerusform>{moved} von %Ln Block unterscheidet sich</numerusform>
            <numerusform>{moved} von %Ln Blöcken unterscheiden sich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Restore this field</source>
        <translation>Dieses Feld wiederherstellen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Set {field} back to its value at A: an edit, sent with the next push</source>
        <translation>{field} auf seinen Wert bei A zurücksetzen: eine Änderung, gesendet mit der nächsten Übertragung</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot restore: {reason}</source>
        <translation>Wiederherstellen nicht möglich: {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restore this field: {field}</source>
        <translation>Dieses Feld wiederherstellen: {field}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pick a point to compare it with now.</source>
        <translation>Wählen Sie einen Stand, um ihn mit jetzt zu vergleichen.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No field differs between these two points.</source>
        <translation>Kein Feld unterscheidet sich zwischen diesen beiden Ständen.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%Ln field(s), A's value beside B's; the arrow keys scroll, Tab goes to each Restore this field</source>
        <translation>
            <numerusform>%Ln Feld, der Wert von A neben dem von B; die Pfeiltasten blättern, Tab geht zu jedem „Dieses Feld wiederherstellen“</numerusform>
            <numerusform>%Ln Felder, der Wert von A neben dem von B; die Pfeiltasten blättern, Tab geht zu jedem „Dieses Feld wiederherstellen“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/window.py" line="-4" />
        <source>media {id}</source>
        <translation>Medium {id}</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../../desktop_app/ui/translations/window.py" line="+64" />
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outdated: the source changed</source>
        <translation>veraltet: die Quelle hat sich geändert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>übersetzt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nothing to translate</source>
        <translation>nichts zu übersetzen</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../../desktop_app/translations/setup.py" line="+251" />
        <source>This shop has no locale besides its default one to translate into.</source>
        <translation>Dieser Shop hat außer seiner Standardsprache keine Sprache, in die übersetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/translations/units.py" line="+32" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SEO title</source>
        <translation>SEO-Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SEO description</source>
        <translation>SEO-Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SEO keywords</source>
        <translation>SEO-Schlüsselwörter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Medusa title</source>
        <translation>Medusa-Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa subtitle</source>
        <translation>Medusa-Untertitel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa description</source>
        <translation>Medusa-Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa material</source>
        <translation>Medusa-Material</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Medusa {field}</source>
        <translation>Medusa {field}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/translations/window.py" line="+27" />
        <source>Saved %Ln translation(s) as drafts in Payload (live when the product is published; Medusa's as they are); sending…</source>
        <translation>
            <numerusform>%Ln Übersetzung als Entwürfe in Payload (live, sobald das Produkt veröffentlicht ist; die von Medusa wie sie sind) gespeichert; wird gesendet…</numerusform>
            <numerusform>%Ln Übersetzungen als Entwürfe in Payload (live, sobald das Produkt veröffentlicht ist; die von Medusa wie sie sind) gespeichert; wird gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Saved %Ln translation(s) as drafts in Payload (live when the product is published; Medusa's as they are); waiting in the outbox for the next push.</source>
        <translation>
            <numerusform>%Ln Übersetzung als Entwürfe in Payload (live, sobald das Produkt veröffentlicht ist; die von Medusa wie sie sind) gespeichert; wartet im Postausgang auf die nächste Übertragung.</numerusform>
            <numerusform>%Ln Übersetzungen als Entwürfe in Payload (live, sobald das Produkt veröffentlicht ist; die von Medusa wie sie sind) gespeichert; warten im Postausgang auf die nächste Übertragung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Saved %Ln translation(s); sending…</source>
        <translation>
            <numerusform>%Ln Übersetzung gespeichert; wird gesendet…</numerusform>
            <numerusform>%Ln Übersetzungen gespeichert; werden gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Saved %Ln translation(s); waiting in the outbox for the next push.</source>
        <translation>
            <numerusform>%Ln Übersetzung gespeichert; wartet im Postausgang auf die nächste Übertragung.</numerusform>
            <numerusform>%Ln Übersetzungen gespeichert; warten im Postausgang auf die nächste Übertragung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33" />
        <source>{field} · Payload and Medusa</source>
        <translation>{field} · Payload und Medusa</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Medusa's own text is the same as Payload's: this translation is saved to both.</source>
        <translation>Der eigene Text von Medusa ist derselbe wie der von Payload: Diese Übersetzung wird in beiden gespeichert.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>edited, not saved</source>
        <translation>bearbeitet, nicht gespeichert</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Not translated yet</source>
        <translation>Noch nicht übersetzt</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{field}, source ({locale})</source>
        <translation>{field}, Quelle ({locale})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Read only: the text to translate</source>
        <translation>Nur lesbar: der zu übersetzende Text</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{field}, translation ({locale})</source>
        <translation>{field}, Übersetzung ({locale})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{state} · edited, not saved</source>
        <translation>{state} · bearbeitet, nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{state}. Markdown as in the content editor: Tab indents a list item, Ctrl+Tab moves on, Ctrl+S saves.</source>
        <translation>{state}. Markdown wie im Inhaltseditor: Tab rückt einen Listenpunkt ein, Strg+Tab geht weiter, Strg+S speichert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{state}. Ctrl+S saves.</source>
        <translation>{state}. Strg+S speichert.</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+15" />
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Translate into</source>
        <translation>Übersetzen in</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drop the typing: each text shows its saved translation</source>
        <translation>Eingaben verwerfen: Jeder Text zeigt seine gespeicherte Übersetzung</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Record the translations (sent at once when online)</source>
        <translation>Die Übersetzungen festhalten (sofort gesendet, wenn online)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Asking the shop what it translates…</source>
        <translation>Der Shop wird gefragt, was er übersetzt…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Translations could not be checked: {error}</source>
        <translation>Übersetzungen konnten nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Translations are not available for this shop.</source>
        <translation>Für diesen Shop sind keine Übersetzungen verfügbar.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Translations — {title}</source>
        <translation>Übersetzungen — {title}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your typing in the other locale was kept; save it there.</source>
        <translation>Ihre Eingaben in der anderen Sprache wurden behalten; speichern Sie sie dort.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Nothing to translate: this product has no text in {locale} yet.</source>
        <translation>Nichts zu übersetzen: Dieses Produkt hat noch keinen Text in {locale}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The locale to translate into from {source}; this product's texts there: {state}</source>
        <translation>Die Sprache, in die aus {source} übersetzt wird; die Texte dieses Produkts dort: {state}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{product} · from {source} into {target}</source>
        <translation>{product} · von {source} nach {target}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Source ({locale})</source>
        <translation>Quelle ({locale})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Translation ({locale})</source>
        <translation>Übersetzung ({locale})</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>%Ln text(s) edited, not saved.</source>
        <translation>
            <numerusform>%Ln Text bearbeitet, nicht gespeichert.</numerusform>
            <numerusform>%Ln Texte bearbeitet, nicht gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34" />
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+9" />
        <source>Saved; not sent yet: {why}</source>
        <translation>Gespeichert; noch nicht gesendet: {why}</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Saved and sent.</source>
        <translation>Gespeichert und gesendet.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Unsaved translations</source>
        <translation>Nicht gespeicherte Übersetzungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some translations are edited but not saved.</source>
        <translation>Einige Übersetzungen sind bearbeitet, aber nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/translations/files.py" line="+89" />
        <source>{field} (Markdown: keep the markup)</source>
        <translation>{field} (Markdown: Auszeichnungen beibehalten)</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="+23" />
        <source>Switching shop closes them. Cancel to go back and save, or discard the changes.</source>
        <translation>Der Shop-Wechsel schließt sie. Abbrechen, um zurückzugehen und zu speichern, oder die Änderungen verwerfen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Closing the window closes them. Cancel to go back and save, or discard the changes.</source>
        <translation>Das Schließen des Fensters schließt sie. Abbrechen, um zurückzugehen und zu speichern, oder die Änderungen verwerfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-21" />
        <location filename="../../desktop_app/ui/unsaved.py" line="+42" />
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…und %Ln weiterer</numerusform>
            <numerusform>…und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unsaved.py" line="+1" />
        <source>An open editor has changes that are not saved:|%Ln open editors have changes that are not saved:</source>
        <translation>
            <numerusform>%Ln geöffneter Editor hat nicht gespeicherte Änderungen:</numerusform>
            <numerusform>%Ln geöffnete Editoren haben nicht gespeicherte Änderungen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/commerce_editor.py" line="-1" />
        <location filename="../../desktop_app/ui/unsaved.py" line="+2" />
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="+7" />
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+15" />
        <source>Prices per currency and per region, like “EUR 10.50, USD 12, Europe: EUR 9”</source>
        <translation>Preise je Währung und je Region, etwa „EUR 10.50, USD 12, Europe: EUR 9“</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Medusa tracks this variant's stock (the Stock tab sets it)</source>
        <translation>Medusa führt den Bestand dieser Variante (der Reiter Bestand setzt ihn)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sell this variant when it is out of stock</source>
        <translation>Diese Variante auch ohne Bestand verkaufen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>As Medusa stores it (the shop decides the unit)</source>
        <translation>Wie Medusa ihn speichert (die Einheit legt der Shop fest)</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Added here: Medusa makes it at the next push</source>
        <translation>Hier hinzugefügt: Medusa legt sie bei der nächsten Übertragung an</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/welcome/page.py" line="+38" />
        <source>Welcome to Shop Admin</source>
        <translation>Willkommen bei Shop Admin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manage the products of a Medusa + Payload shop: search, edit and bulk-change them, online or offline. How would you like to start?</source>
        <translation>Verwalten Sie die Produkte eines Medusa- und Payload-Shops: suchen, bearbeiten und in Massen ändern, online oder offline. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connect to my shop</source>
        <translation>Mit meinem Shop verbinden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the addresses of your Medusa and Payload servers and their keys. Test connection checks them before anything is saved; the keys go to your system's keyring.</source>
        <translation>Geben Sie die Adressen Ihrer Medusa- und Payload-Server und deren Schlüssel ein. „Verbindung testen“ prüft sie, bevor etwas gespeichert wird; die Schlüssel kommen in den Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Connect to my shop…</source>
        <translation>Mit meinem Shop verbinden…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Try the demo shop</source>
        <translation>Demo-Shop ausprobieren</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Start a local Medusa + Payload shop with sample products on this computer. The first start installs and fills it, which can take a few minutes.</source>
        <translation>Einen lokalen Medusa- und Payload-Shop mit Beispielprodukten auf diesem Computer starten. Der erste Start installiert und füllt ihn; das kann einige Minuten dauern.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The demo shop is not part of this installation; connect to your shop instead.</source>
        <translation>Der Demo-Shop gehört nicht zu dieser Installation; verbinden Sie stattdessen Ihren Shop.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Starting the demo shop…</source>
        <translation>Demo-Shop wird gestartet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preparing…</source>
        <translation>Vorbereitung…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting the demo shop was cancelled. Servers it had already started keep running until you stop them (stack/down); trying again picks up from there.</source>
        <translation>Der Start des Demo-Shops wurde abgebrochen. Bereits gestartete Server laufen weiter, bis Sie sie beenden (stack/down); ein neuer Versuch setzt dort an.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The demo shop could not start.</source>
        <translation>Der Demo-Shop konnte nicht starten.</translation>
    </message>
</context>
</TS>
