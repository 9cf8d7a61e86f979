<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="+37"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>CatalogList</name>
    <message>
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+57"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No content</source>
        <translation>Sans contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orphan</source>
        <translation>Orphelin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in Medusa</source>
        <translation>Absent de Medusa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for Payload</source>
        <translation>En attente de Payload</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited here; waiting to be pushed.</source>
        <translation>Modifié ici&#xa0;; en attente d’envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on the server too: open Pending changes to resolve.</source>
        <translation>Modifié aussi sur le serveur&#xa0;: ouvrez «&#xa0;Modifications en attente&#xa0;» pour résoudre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server rejected an edit: open the product to fix it.</source>
        <translation>Le serveur a refusé une modification&#xa0;: ouvrez le produit pour la corriger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In step with Medusa and Payload.</source>
        <translation>À jour avec Medusa et Payload.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="+152"/>
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+1"/>
        <source>No Payload document: content cannot be edited.</source>
        <translation>Aucun document Payload&#xa0;: le contenu ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+1"/>
        <source>A Payload document whose Medusa product is gone.</source>
        <translation>Un document Payload dont le produit Medusa n’existe plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made here and not yet created in Medusa: the next push creates it.</source>
        <translation>Créé ici et pas encore dans Medusa&#xa0;: le prochain envoi le crée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created in Medusa from this app; the Medusa → Payload integration has not made its Payload document yet (usually within a minute). Content edits wait for it; if it stays away, Sync → Verify shows why.</source>
        <translation>Créé dans Medusa depuis cette application&#xa0;; l’intégration Medusa → Payload n’a pas encore créé son document Payload (en général en moins d’une minute). Les modifications de contenu l’attendent&#xa0;; s’il n’arrive pas, Synchro → Vérifier indique pourquoi.</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not in Medusa yet (local id {id})</source>
        <translation>Pas encore dans Medusa (ID locale {id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+164"/>
        <source>Medusa id: {id}</source>
        <translation>ID Medusa&#xa0;: {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No variant&apos;s stock is managed by Medusa.</source>
        <translation>Aucune variante n’a de stock géré par Medusa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available: stocked minus reserved, over every location and variant.</source>
        <translation>Disponible&#xa0;: stock moins réservations, sur tous les emplacements et variantes.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../desktop_app/ui/offline/catalog_page.py" line="+151"/>
        <source>Search title, handle, SKU, description or ID…</source>
        <translation>Rechercher titre, handle, SKU, description ou ID…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any sync state</source>
        <translation>Toute synchro</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+235"/>
        <source>Showing {shown} of {total}</source>
        <translation>{shown} sur {total} affichés</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new product: options, variants, prices, stock (Ctrl+N)</source>
        <translation>Créer un produit&#xa0;: options, variantes, prix, stock (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>New product…</source>
        <translation>Nouveau produit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new product (Ctrl+N)</source>
        <translation>Créer un produit (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected product&apos;s commerce data</source>
        <translation>Modifier les données commerciales du produit choisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new product copying the selected one (Ctrl+D)</source>
        <translation>Créer un produit en copiant celui choisi (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Delete the selected products, after asking (Delete)</source>
        <translation>Supprimer les produits choisis, après confirmation (Suppr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit in grid…</source>
        <translation>Modifier dans la grille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants, prices and stock of the selected products (two or more), else of the whole search result, as a spreadsheet (Ctrl+G)</source>
        <translation>Variantes, prix et stock des produits choisis (deux ou plus), sinon de tout le résultat de recherche, comme un tableur (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every state of the selected product: pulled, sent and Payload versions; compare two, restore a field</source>
        <translation>Chaque état du produit choisi&#xa0;: récupéré, envoyé et versions Payload&#xa0;; en comparer deux, restaurer un champ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Translations…</source>
        <translation>Traductions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate the selected product&apos;s content into the shop&apos;s other locales, the source beside the target</source>
        <translation>Traduire le contenu du produit choisi dans les autres langues de la boutique, la source à côté de la cible</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Delete %Ln products…</source>
        <translation>
            <numerusform>Supprimer %Ln produit…</numerusform>
            <numerusform>Supprimer %Ln produits…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{total} shown</source>
        <translation>{total} affichés</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Created locally</source>
        <translation>Créé localement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select one product to duplicate.</source>
        <translation>Choisissez un produit à dupliquer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicated locally</source>
        <translation>Dupliqué localement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the products to delete first.</source>
        <translation>Choisissez d’abord les produits à supprimer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %Ln products</source>
        <translation>
            <numerusform>%Ln produit supprimé</numerusform>
            <numerusform>%Ln produits supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>Select a product first.</source>
        <translation>Choisissez d’abord un produit.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved locally; pushing…</source>
        <translation>Enregistré localement&#xa0;; envoi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved locally.</source>
        <translation>Enregistré localement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working from the local store only</source>
        <translation>Travail sur le stockage local uniquement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pulling…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offline: showing the local copy</source>
        <translation>Hors ligne&#xa0;: affichage de la copie locale</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln product(s) updated.</source>
        <translation>
            <numerusform>%Ln produit mis à jour.</numerusform>
            <numerusform>%Ln produits mis à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pushing…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln envoyée</numerusform>
            <numerusform>%Ln envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln refusée</numerusform>
            <numerusform>%Ln refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln locked in Payload</source>
        <translation>
            <numerusform>%Ln verrouillée dans Payload</numerusform>
            <numerusform>%Ln verrouillées dans Payload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln kept for later</source>
        <translation>
            <numerusform>%Ln gardée pour plus tard</numerusform>
            <numerusform>%Ln gardées pour plus tard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Push: {results}</source>
        <translation>Envoi&#xa0;: {results}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overriding the lock…</source>
        <translation>Forçage du verrou…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lock overridden; the change was sent.</source>
        <translation>Verrou forcé&#xa0;; la modification a été envoyée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still pending: {reason}</source>
        <translation>Toujours en attente&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/offline/conflict_dialog.py" line="+75"/>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server (last read)</source>
        <translation>Serveur (dernière lecture)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You saw</source>
        <translation>Vous aviez vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use this value</source>
        <translation>Utiliser cette valeur</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Resolve changes</source>
        <translation>Résoudre les modifications</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>These fields changed on the server after you edited them, or the server rejected your value. Choose what to keep; it is sent with the next push.</source>
        <translation>Ces champs ont changé sur le serveur après votre modification, ou le serveur a refusé votre valeur. Choisissez ce qu’il faut garder&#xa0;; ce sera envoyé au prochain envoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing left to resolve for this product.</source>
        <translation>Plus rien à résoudre pour ce produit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything is resolved; the next push sends what you kept.</source>
        <translation>Tout est résolu&#xa0;; le prochain envoi transmet ce que vous avez gardé.</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <location filename="../../desktop_app/ui/offline/connectivity_indicator.py" line="+22"/>
        <source>{server} online</source>
        <translation>{server} en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} is online.</source>
        <translation>{server} est en ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} offline</source>
        <translation>{server} hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} is offline. Edits are kept and pushed when it is back.</source>
        <translation>{server} est hors ligne. Les modifications sont gardées et envoyées à son retour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{server} not checked</source>
        <translation>{server} non vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} is not checked.</source>
        <translation>{server} n’est pas vérifié.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/crash.py" line="+30"/>
        <source>An unexpected error happened. Your saved edits are safe in the local store. You can keep working, or quit and start the app again. The report below helps fix the problem: copy it and send it to support (keys, passwords and tokens are removed).</source>
        <translation>Une erreur inattendue s’est produite. Vos modifications enregistrées sont en sécurité dans le stockage local. Vous pouvez continuer, ou quitter et relancer l’application. Le rapport ci-dessous aide à corriger le problème&#xa0;: copiez-le et envoyez-le au support (clés, mots de passe et jetons sont retirés).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit the app</source>
        <translation>Quitter l’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep working</source>
        <translation>Continuer</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%Ln more unexpected error(s) since; the log has them all.</source>
        <translation>
            <numerusform>%Ln autre erreur inattendue depuis&#xa0;; le journal les contient toutes.</numerusform>
            <numerusform>%Ln autres erreurs inattendues depuis&#xa0;; le journal les contient toutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/help_menu.py" line="+21"/>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put versions, settings, the servers&apos; answers, recent errors and the doctor&apos;s findings on the clipboard, without secrets, to send to support</source>
        <translation>Mettre versions, paramètres, réponses des serveurs, erreurs récentes et constats du diagnostic dans le presse-papiers, sans secrets, pour les envoyer au support</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report goes on the clipboard so you can paste it into a message to support. Keys, passwords and tokens are removed; read it before you send it.</source>
        <translation>Ce rapport va dans le presse-papiers pour que vous le colliez dans un message au support. Clés, mots de passe et jetons sont retirés&#xa0;; relisez-le avant de l’envoyer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collecting… the doctor checks both servers, which can take a few seconds.</source>
        <translation>Collecte… le diagnostic vérifie les deux serveurs, ce qui peut prendre quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/report_dialog.py" line="+19"/>
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard. Secrets (keys, passwords, tokens) were removed.</source>
        <translation>Copié dans le presse-papiers. Les secrets (clés, mots de passe, jetons) ont été retirés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Titre</translation>
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
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+2"/>
        <source>Barcode</source>
        <translation>Code-barres</translation>
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
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Manage inventory</source>
        <translation>Gérer le stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1"/>
        <source>Allow backorder</source>
        <translation>Autoriser les commandes en rupture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="+1"/>
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+4"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+3"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+1"/>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+60"/>
        <source>Categories</source>
        <translation>Catégories</translation>
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
        <translation>Canaux de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-9"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+6"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-15"/>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="-129"/>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="-9"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+7"/>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+9"/>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="+98"/>
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="+27"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/ui/offline/term_pickers.py" line="+217"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{variant} at {location}</source>
        <translation>{variant} à {location}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop_app/ui/offline/values.py" line="+45"/>
        <source>Metadata · {key}</source>
        <translation>Métadonnées · {key}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../desktop_app/ui/offline/values.py" line="+12"/>
        <source>(no prices)</source>
        <translation>(aucun prix)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop_app/ui/offline/values.py" line="-3"/>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/offline/values.py" line="+9"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/values.py" line="-21"/>
        <source>Variant {title} · {field}</source>
        <translation>Variante {title} · {field}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(rich text)</source>
        <translation>(texte enrichi)</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_filters.py" line="+25"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category {names}</source>
        <translation>catégorie {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All collections</source>
        <translation>Toutes les collections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collection {names}</source>
        <translation>collection {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Tous les tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag {names}</source>
        <translation>tag {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type {names}</source>
        <translation>type {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sales channels</source>
        <translation>Tous les canaux de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales channel {names}</source>
        <translation>canal de vente {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any stock</source>
        <translation>Tout stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of stock</source>
        <translation>En rupture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low stock (1–{low})</source>
        <translation>Stock bas (1–{low})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of stock</source>
        <translation>en rupture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low stock (1–{low} available)</source>
        <translation>stock bas (1–{low} disponibles)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Available stock: stocked minus reserved, over every variant and location whose stock Medusa manages</source>
        <translation>Stock disponible&#xa0;: stock moins réservations, sur toutes les variantes et tous les emplacements dont Medusa gère le stock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/completeness_filter.py" line="+19"/>
        <source>Any score</source>
        <translation>Tout score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score 100%</source>
        <translation>Score 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score under 100%</source>
        <translation>Score sous 100 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>complete content</source>
        <translation>contenu complet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete content</source>
        <translation>contenu incomplet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failing “{rule}”</source>
        <translation>échouant à «&#xa0;{rule}&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completeness: the share of the shop&apos;s content rules a product passes (Quality dashboard for the rules)</source>
        <translation>Complétude&#xa0;: la part des règles de contenu de la boutique que respecte un produit (règles dans le tableau de bord Qualité)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Fails: {rule}</source>
        <translation>Échoue&#xa0;: {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/locale_choice.py" line="+17"/>
        <source>Score: default</source>
        <translation>Score&#xa0;: par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score: {locale}</source>
        <translation>Score&#xa0;: {locale}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The locale whose content the Score column and the completeness filter judge: its description and SEO, and whether it is translated</source>
        <translation>La langue dont le contenu est jugé par la colonne Score et le filtre de complétude&#xa0;: sa description et son SEO, et s’il est traduit</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_app/ui/formatting.py" line="+18"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Linked</source>
        <translation>✓ Lié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Last changed in {server}: {time}</source>
        <translation>Dernière modification dans {server}&#xa0;: {time}</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/help_menu.py" line="-14"/>
        <location filename="../../desktop_app/ui/keyboard.py" line="+123"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>InlinePrompt</name>
    <message>
        <location filename="../../desktop_app/ui/offline/inline_prompt.py" line="+73"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../desktop_app/ui/keyboard.py" line="-23"/>
        <source>Go to the product list</source>
        <translation>Aller à la liste des produits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More toolbar buttons</source>
        <translation>Autres boutons de la barre d’outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The toolbar buttons a narrow window has no room for</source>
        <translation>Les boutons de la barre d’outils qui n’ont pas de place dans une fenêtre étroite</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="+106"/>
        <source>Every key the open windows answer to</source>
        <translation>Toutes les touches auxquelles répondent les fenêtres ouvertes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_keys.py" line="+20"/>
        <source>Close window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="-12"/>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+69"/>
        <source>Demo shop ready</source>
        <translation>Boutique de démo prête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the catalog from Medusa and Payload…
It is kept on this computer, so next time it opens at once.</source>
        <translation>Chargement du catalogue depuis Medusa et Payload…
Il est conservé sur cet ordinateur et s’ouvrira aussitôt la prochaine fois.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull what changed on Medusa and Payload (F5)</source>
        <translation>Récupérer les changements de Medusa et Payload (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push now</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the pending changes to the servers</source>
        <translation>Envoyer les modifications en attente aux serveurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+453"/>
        <source>Pending changes</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>Show the edits waiting to be pushed</source>
        <translation>Afficher les modifications en attente d’envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-30"/>
        <location line="+12"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new product: options, variants, prices, stock (Ctrl+N)</source>
        <translation>Créer un produit&#xa0;: options, variantes, prix, stock (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected product&apos;s commerce data (or double-click it); the arrow offers Duplicate and Delete</source>
        <translation>Modifier les données commerciales du produit choisi (ou double-cliquez)&#xa0;; la flèche propose Dupliquer et Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit content</source>
        <translation>Modifier le contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected product&apos;s Payload content (Ctrl+E)</source>
        <translation>Modifier le contenu Payload du produit choisi (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected products, or the whole search result, at once: status, SEO, find/replace; CSV export and import</source>
        <translation>Modifier d’un coup les produits choisis ou tout le résultat de recherche&#xa0;: statut, SEO, rechercher/remplacer&#xa0;; export et import CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content quality: completeness of descriptions, SEO, images, prices and locales, per rule and per product</source>
        <translation>Qualité du contenu&#xa0;: complétude des descriptions, du SEO, des images, des prix et des langues, par règle et par produit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit variants, prices and stock like a spreadsheet: the selected products (two or more), else the whole search result (Ctrl+G)</source>
        <translation>Modifier variantes, prix et stock comme dans un tableur&#xa0;: les produits choisis (deux ou plus), sinon tout le résultat de recherche (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger Medusa → Payload syncs, watch them finish, verify both sides</source>
        <translation>Lancer les synchros Medusa → Payload, suivre leur fin, vérifier les deux côtés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Doctor</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this shop&apos;s deployment (non-destructive)</source>
        <translation>Vérifier le déploiement de cette boutique (sans rien modifier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop profiles, connections, appearance and language</source>
        <translation>Profils de boutique, connexions, apparence et langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop:</source>
        <translation>Boutique&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active shop profile</source>
        <translation>Profil de boutique actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop profile this window shows</source>
        <translation>Le profil de boutique affiché dans cette fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No shop yet</source>
        <translation>Aucune boutique</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+384"/>
        <source>Pending changes ({count})</source>
        <translation>En attente ({count})</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Go to the search</source>
        <translation>Aller à la recherche</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The settings file could not be read:
{error}</source>
        <translation>Le fichier de paramètres n’a pas pu être lu&#xa0;:
{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings problem</source>
        <translation>Problème de paramètres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keyring unavailable</source>
        <translation>Trousseau de clés indisponible</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no profile</source>
        <translation>aucun profil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starting the local demo shop…</source>
        <translation>Démarrage de la boutique de démo locale…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting up the local demo shop.
The first start installs and seeds Medusa and Payload, which can take a few minutes.</source>
        <translation>Installation de la boutique de démo locale.
Le premier démarrage installe et remplit Medusa et Payload, ce qui peut prendre quelques minutes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No shop configured</source>
        <translation>Aucune boutique configurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local demo shop</source>
        <translation>Boutique de démo locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the local demo shop (Medusa + Payload) so you can try the app…</source>
        <translation>Démarrage de la boutique de démo locale (Medusa + Payload) pour essayer l’application…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting the local demo shop</source>
        <translation>Démarrage de la boutique de démo locale</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo shop unavailable</source>
        <translation>Boutique de démo indisponible</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected to the local demo shop as profile “{name}”. Add your own shop in Settings.</source>
        <translation>Connecté à la boutique de démo locale avec le profil «&#xa0;{name}&#xa0;». Ajoutez votre boutique dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to the local demo shop as profile “{name}” (its keys are kept in memory for this run only). Add your own shop in Settings.</source>
        <translation>Connecté à la boutique de démo locale avec le profil «&#xa0;{name}&#xa0;» (ses clés restent en mémoire pour cette session seulement). Ajoutez votre boutique dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The local copy of this shop could not be opened.</source>
        <translation>La copie locale de cette boutique n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local store unavailable</source>
        <translation>Stockage local indisponible</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Showing the local copy.</source>
        <translation>Affichage de la copie locale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{server} answered with an error.</source>
        <translation>{server} a répondu par une erreur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{server} is not available.</source>
        <translation>{server} n’est pas joignable.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{server} is not connected.</source>
        <translation>{server} n’est pas connecté.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/crash.py" line="-66"/>
        <location filename="../../desktop_app/ui/main_window.py" line="+12"/>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="+11"/>
        <source>%Ln product(s) in the local store</source>
        <translation>
            <numerusform>%Ln produit dans le stockage local</numerusform>
            <numerusform>%Ln produits dans le stockage local</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modification en attente</numerusform>
            <numerusform>%Ln modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln needs your decision|%Ln need your decision</source>
        <translation>
            <numerusform>%Ln attend votre décision</numerusform>
            <numerusform>%Ln attendent votre décision</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+73"/>
        <source>Add a shop profile first (Settings).</source>
        <translation>Ajoutez d’abord un profil de boutique (Paramètres).</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+8"/>
        <source>Select a product first.</source>
        <translation>Choisissez d’abord un produit.</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-74"/>
        <source>&lt;b&gt;The storefront shows Payload&apos;s images, not these.&lt;/b&gt; The storefront of this shop&apos;s design takes its pictures from the product&apos;s Payload document (Edit content → Images). Medusa&apos;s own thumbnail and images below are what Medusa&apos;s admin, its Store API and other channels that read Medusa show.</source>
        <translation>&lt;b&gt;La vitrine montre les images de Payload, pas celles-ci.&lt;/b&gt; La vitrine de ce thème prend ses images dans le document Payload du produit (Modifier le contenu → Images). La miniature et les images propres à Medusa ci-dessous sont celles que montrent l’admin de Medusa, son API Store et les autres canaux qui lisent Medusa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.avif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.avif)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Clear thumbnail</source>
        <translation>Retirer la miniature</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medusa · in this order · saved with Save</source>
        <translation>Medusa · dans cet ordre · enregistré avec Enregistrer</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+224"/>
        <source>Upload…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Set as thumbnail</source>
        <translation>Définir comme miniature</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move earlier</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move later</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upload image files to Medusa now (online)</source>
        <translation>Envoyer maintenant des fichiers image à Medusa (en ligne)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No thumbnail</source>
        <translation>Aucune miniature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medusa has no thumbnail for this product.</source>
        <translation>Medusa n’a pas de miniature pour ce produit.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Upload images to Medusa</source>
        <translation>Envoyer des images à Medusa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Uploading…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Medusa is offline: to upload the images, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa est hors ligne&#xa0;: pour envoyer les images, Medusa doit être en ligne. Vos autres modifications sont gardées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not upload the images: {error}</source>
        <translation>Impossible d’envoyer les images&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>NewProduct</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+3"/>
        <source>Kept on this computer at once; the next push creates it in Medusa, and the integration makes its Payload document.</source>
        <translation>Gardé aussitôt sur cet ordinateur&#xa0;; le prochain envoi le crée dans Medusa, et l’intégration crée son document Payload.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>each combination of values is a variant</source>
        <translation>chaque combinaison de valeurs est une variante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>untick a combination you do not sell</source>
        <translation>décochez une combinaison que vous ne vendez pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>where the product is sold</source>
        <translation>où le produit est vendu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sales channels are known yet: pull first, or add them to the product later.</source>
        <translation>Aucun canal de vente connu pour l’instant&#xa0;: récupérez d’abord, ou ajoutez-les au produit plus tard.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What customers see, e.g. Merino Crew Sweater</source>
        <translation>Ce que voient les clients, p. ex. Pull en mérinos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made from the title</source>
        <translation>tiré du titre</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Price for all variants:</source>
        <translation>Prix pour toutes les variantes&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Track stock</source>
        <translation>Suivre le stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medusa keeps a stock level per location for each variant and stops selling what is out of stock</source>
        <translation>Medusa tient un stock par emplacement pour chaque variante et cesse de vendre ce qui est en rupture</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Discard new product</source>
        <translation>Abandonner le nouveau produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this new product? What you typed is not kept.</source>
        <translation>Abandonner ce nouveau produit&#xa0;? Ce que vous avez saisi n’est pas gardé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/variant_grid.py" line="+3"/>
        <source>Price {currency}</source>
        <translation>Prix {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock · {location}</source>
        <translation>Stock · {location}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Tick at least one variant to make.</source>
        <translation>Cochez au moins une variante à créer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>SKU “{sku}”: a SKU cannot contain spaces.</source>
        <translation>SKU «&#xa0;{sku}&#xa0;»&#xa0;: un SKU ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Price for all variants in {currency}: {error}</source>
        <translation>Prix pour toutes les variantes en {currency}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>NoResults</name>
    <message>
        <location filename="../../desktop_app/ui/offline/no_results.py" line="+41"/>
        <source>No products match “{text}”</source>
        <translation>Aucun produit ne correspond à «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No products match these filters</source>
        <translation>Aucun produit ne correspond à ces filtres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status {statuses}</source>
        <translation>statut {statuses}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync state {states}</source>
        <translation>synchro {states}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filtered to {filters}.</source>
        <translation>Filtré sur {filters}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop_app/ui/offline/organise_filters.py" line="+49"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search looks at titles, handles, SKUs, descriptions and IDs.</source>
        <translation>La recherche porte sur les titres, handles, SKU, descriptions et ID.</translation>
    </message>
</context>
<context>
    <name>NothingLoaded</name>
    <message>
        <location filename="../../desktop_app/ui/nothing_loaded.py" line="+19"/>
        <source>Nothing could be loaded</source>
        <translation>Rien n’a pu être chargé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{servers} could not be reached</source>
        <comment>several servers</comment>
        <translation>{servers} n’ont pas pu être joints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{servers} could not be reached</source>
        <translation>{servers} n’a pas pu être joint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{servers} refused this profile&apos;s credentials</source>
        <comment>several servers</comment>
        <translation>{servers} ont refusé les identifiants de ce profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{servers} refused this profile&apos;s credentials</source>
        <translation>{servers} a refusé les identifiants de ce profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{servers} answered with an error</source>
        <comment>several servers</comment>
        <translation>{servers} ont répondu par une erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{servers} answered with an error</source>
        <translation>{servers} a répondu par une erreur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the server addresses in Settings and that the servers are running, then Retry.</source>
        <translation>Vérifiez les adresses des serveurs dans les Paramètres et que les serveurs tournent, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the keys in Settings, then Retry.</source>
        <translation>Vérifiez les clés dans les Paramètres, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server addresses and the keys in Settings and that the servers are running, then Retry.</source>
        <translation>Vérifiez les adresses des serveurs et les clés dans les Paramètres et que les serveurs tournent, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the servers&apos; logs or this shop&apos;s settings, then Retry.</source>
        <translation>Vérifiez les journaux des serveurs ou les paramètres de cette boutique, puis réessayez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{causes}, so this shop has no copy on this computer yet.</source>
        <translation>{causes}&#xa0;: cette boutique n’a donc pas encore de copie sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To try the app first, start the local demo shop.</source>
        <translation>Pour essayer d’abord l’application, démarrez la boutique de démo locale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the demo shop</source>
        <translation>Démarrer la boutique de démo</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../desktop_app/ui/notifications/notices.py" line="+19"/>
        <source>Push finished</source>
        <translation>Envoi terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push failed</source>
        <translation>Échec de l’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull finished</source>
        <translation>Récupération terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull failed</source>
        <translation>Échec de la récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished</source>
        <translation>Synchro terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>Échec de la synchro</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-195"/>
        <location filename="../../desktop_app/ui/offline/operation_words.py" line="+47"/>
        <source>Create product</source>
        <translation>Créer le produit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/operation_words.py" line="+2"/>
        <source>Delete product</source>
        <translation>Supprimer le produit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add variant {variant}</source>
        <translation>Ajouter la variante {variant}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove variant {variant}</source>
        <translation>Supprimer la variante {variant}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add option {option} ({values})</source>
        <translation>Ajouter l’option {option} ({values})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename option {old} to {new}</source>
        <translation>Renommer l’option {old} en {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename option to {new}</source>
        <translation>Renommer l’option en {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove option {option}</source>
        <translation>Supprimer l’option {option}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add {values}</source>
        <translation>ajouter {values}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove {values}</source>
        <translation>retirer {values}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option {option}: {changes}</source>
        <translation>Option {option}&#xa0;: {changes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set stock {quantity} at {location}</source>
        <translation>Stock {quantity} à {location}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln variant(s)</source>
        <translation>
            <numerusform>%Ln variante</numerusform>
            <numerusform>%Ln variantes</numerusform>
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
        <translation>p. ex. Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. S, M, L</source>
        <translation>p. ex. S, M, L</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-215"/>
        <location filename="../../desktop_app/ui/offline/options_editor.py" line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/options_editor.py" line="+1"/>
        <source>Remove this option</source>
        <translation>Supprimer cette option</translation>
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
        <translation>Valeurs, séparées par des virgules</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop_app/ui/offline/options_panel.py" line="+135"/>
        <source>Add option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No options: the product has one variant.</source>
        <translation>Aucune option&#xa0;: le produit a une seule variante.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/options_panel.py" line="-135"/>
        <location line="+130"/>
        <location line="+56"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Add option…</source>
        <translation>Ajouter une option…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add value…</source>
        <translation>Ajouter une valeur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove value…</source>
        <translation>Retirer une valeur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+245"/>
        <location line="+4"/>
        <source>Remove option</source>
        <translation>Supprimer l’option</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>(no values)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No options yet: add one (Size, Colour…) to offer variants.</source>
        <translation>Pas encore d’options&#xa0;: ajoutez-en une (Taille, Couleur…) pour proposer des variantes.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{value}: unused</source>
        <translation>{value}&#xa0;: inutilisée</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{value}: %Ln variant(s)</source>
        <translation>
            <numerusform>{value}&#xa0;: %Ln variante</numerusform>
            <numerusform>{value}&#xa0;: %Ln variantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New option</source>
        <translation>Nouvelle option</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+130"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, like Size</source>
        <translation>Nom, par exemple Taille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values, like S, M, L</source>
        <translation>Valeurs, par exemple S, M, L</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>The option needs a name.</source>
        <translation>L’option a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+28"/>
        <source>The product has an option “{option}” already.</source>
        <translation>Le produit a déjà une option «&#xa0;{option}&#xa0;».</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Give the option at least one value (separate values with commas).</source>
        <translation>Donnez au moins une valeur à l’option (séparez les valeurs par des virgules).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value is listed twice.</source>
        <translation>Une valeur figure deux fois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename “{option}”</source>
        <translation>Renommer «&#xa0;{option}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New value of {option}</source>
        <translation>Nouvelle valeur de {option}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value (or several, with commas)</source>
        <translation>Une valeur (ou plusieurs, séparées par des virgules)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a value.</source>
        <translation>Saisissez une valeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{value}” is a value of {option} already.</source>
        <translation>«&#xa0;{value}&#xa0;» est déjà une valeur de {option}.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>{value} — %Ln variant uses it|{value} — %Ln variants use it</source>
        <translation>
            <numerusform>{value} — %Ln variante l’utilise</numerusform>
            <numerusform>{value} — %Ln variantes l’utilisent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} — unused</source>
        <translation>{value} — inutilisée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{option} has no values to remove.</source>
        <translation>{option} n’a aucune valeur à retirer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a value of {option}</source>
        <translation>Retirer une valeur de {option}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove value</source>
        <translation>Retirer la valeur</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>One variant uses {option}: remove it first (Medusa keeps an option while a variant uses it).|%Ln variants use {option}: remove them first (Medusa keeps an option while a variant uses it).</source>
        <translation>
            <numerusform>%Ln variante utilise {option}&#xa0;: supprimez-la d’abord (Medusa garde une option tant qu’une variante l’utilise).</numerusform>
            <numerusform>%Ln variantes utilisent {option}&#xa0;: supprimez-les d’abord (Medusa garde une option tant qu’une variante l’utilise).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove the option “{option}” and its %Ln value(s)?</source>
        <translation>
            <numerusform>Supprimer l’option «&#xa0;{option}&#xa0;» et sa %Ln valeur&#xa0;?</numerusform>
            <numerusform>Supprimer l’option «&#xa0;{option}&#xa0;» et ses %Ln valeurs&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganiseTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_term_words.py" line="+28"/>
        <source>New category…</source>
        <translation>Nouvelle catégorie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a category in Medusa now (online)</source>
        <translation>Créer maintenant une catégorie dans Medusa (en ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new category</source>
        <translation>Nom de la nouvelle catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category needs a name.</source>
        <translation>La catégorie a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medusa is offline: to make the category, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa est hors ligne&#xa0;: pour créer la catégorie, Medusa doit être en ligne. Vos autres modifications sont gardées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make the category: {error}</source>
        <translation>Impossible de créer la catégorie&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a collection in Medusa now (online)</source>
        <translation>Créer maintenant une collection dans Medusa (en ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new collection</source>
        <translation>Nom de la nouvelle collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection needs a name.</source>
        <translation>La collection a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medusa is offline: to make the collection, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa est hors ligne&#xa0;: pour créer la collection, Medusa doit être en ligne. Vos autres modifications sont gardées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make the collection: {error}</source>
        <translation>Impossible de créer la collection&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New tag…</source>
        <translation>Nouveau tag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a tag in Medusa now (online)</source>
        <translation>Créer maintenant un tag dans Medusa (en ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new tag</source>
        <translation>Nom du nouveau tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag</source>
        <translation>Nouveau tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag needs a name.</source>
        <translation>Le tag a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medusa is offline: to make the tag, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa est hors ligne&#xa0;: pour créer le tag, Medusa doit être en ligne. Vos autres modifications sont gardées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make the tag: {error}</source>
        <translation>Impossible de créer le tag&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-144"/>
        <source>Medusa · tick each one the product is in</source>
        <translation>Medusa · cochez chacune où figure le produit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Medusa · where it is sold</source>
        <translation>Medusa · où il est vendu</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+122"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Top level</source>
        <translation>Premier niveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/term_pickers.py" line="-185"/>
        <source>Not in the shop&apos;s list: deleted in Medusa meanwhile, or made since the last pull. Untick it if it was deleted.</source>
        <translation>Absent de la liste de la boutique&#xa0;: supprimé entre-temps dans Medusa, ou créé depuis la dernière récupération. Décochez-le s’il a été supprimé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown category ({id})</source>
        <translation>Catégorie inconnue ({id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown collection ({id})</source>
        <translation>Collection inconnue ({id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown type ({id})</source>
        <translation>Type inconnu ({id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sales channel ({id})</source>
        <translation>Canal de vente inconnu ({id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown tag ({id})</source>
        <translation>Tag inconnu ({id})</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Filter tags</source>
        <translation>Filtrer les tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln choisi</numerusform>
            <numerusform>%Ln choisis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None chosen</source>
        <translation>Aucun choisi</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../../desktop_app/ui/offline/values.py" line="-44"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked in Payload</source>
        <translation>Verrouillé dans Payload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+43"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send the waiting changes to the servers now</source>
        <translation>Envoyer maintenant les modifications en attente aux serveurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone has this product open in Payload admin. Send the change anyway: their lock is removed and their unsaved edits there may be lost.</source>
        <translation>Quelqu’un a ce produit ouvert dans l’admin Payload. Envoyer quand même la modification&#xa0;: son verrou est levé et ses modifications non enregistrées peuvent être perdues.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="-363"/>
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+34"/>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+28"/>
        <source>Push now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected refused operations again at the next push (after fixing what the server said)</source>
        <translation>Renvoyer les opérations refusées choisies au prochain envoi (après avoir corrigé ce que le serveur a signalé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override lock</source>
        <translation>Forcer le verrou</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Nothing waiting: every edit has reached the servers.</source>
        <translation>Rien en attente&#xa0;: toutes les modifications sont parvenues aux serveurs.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{waiting} waiting to be pushed · %Ln needs your decision|{waiting} waiting to be pushed · %Ln need your decision</source>
        <translation>
            <numerusform>{waiting} en attente d’envoi · %Ln attend votre décision</numerusform>
            <numerusform>{waiting} en attente d’envoi · %Ln attendent votre décision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../desktop_app/ui/offline/commerce_editor.py" line="+65"/>
        <source>Choose Keep mine or Take theirs to save: the server changed this meanwhile.</source>
        <translation>Choisissez «&#xa0;Garder la mienne&#xa0;» ou «&#xa0;Prendre celle du serveur&#xa0;» pour enregistrer&#xa0;: le serveur a changé ceci entre-temps.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+296"/>
        <source>Reload from server</source>
        <translation>Recharger depuis le serveur</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Read this product again from Medusa and Payload now</source>
        <translation>Relire maintenant ce produit depuis Medusa et Payload</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{id} is not in the local store</source>
        <translation>{id} n’est pas dans le stockage local</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Something here needs a look</source>
        <translation>Quelque chose ici demande votre attention</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Discard my typing and reload</source>
        <translation>Abandonner ma saisie et recharger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reloading…</source>
        <translation>Rechargement…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not reload: {error}</source>
        <translation>Rechargement impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save your changes to this product before closing?</source>
        <translation>Enregistrer vos modifications de ce produit avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="-52"/>
        <source>{marker} marks a product made in this app: a repeated create finds it by this mark instead of making a second one, so it is read-only.</source>
        <translation>{marker} marque un produit créé dans cette application&#xa0;: une création répétée le retrouve grâce à cette marque au lieu d’en créer un second&#xa0;; il est donc en lecture seule.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../desktop_app/ui/offline/inline_prompt.py" line="+36"/>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+33"/>
        <location line="+9"/>
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-3"/>
        <location line="+2"/>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The payload_id link cannot be removed here.</source>
        <translation>Le lien payload_id ne peut pas être supprimé ici.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/editor_tab.py" line="+57"/>
        <location line="+4"/>
        <source>Server: {message}</source>
        <translation>Serveur&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-73"/>
        <source>Medusa images</source>
        <translation>Images Medusa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-172"/>
        <source>Organise</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/stock_tab.py" line="+91"/>
        <location line="+17"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="-24"/>
        <source>Options &amp;&amp; variants</source>
        <translation>Options &amp;&amp; variantes</translation>
    </message>
</context>
<context>
    <name>ProductPrompts</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+101"/>
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="+30"/>
        <source>Another product already has the handle “{handle}”.</source>
        <translation>Un autre produit a déjà le handle «&#xa0;{handle}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-46"/>
        <source>Duplicate product</source>
        <translation>Dupliquer le produit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new draft copying “{title}”: its options, variants and prices, organisation and content. SKUs are left empty (each must be unique).</source>
        <translation>Un nouveau brouillon copiant «&#xa0;{title}&#xa0;»&#xa0;: ses options, variantes et prix, son classement et son contenu. Les SKU restent vides (chacun doit être unique).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete “{title}”?</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln product(s)?</source>
        <translation>
            <numerusform>Supprimer %Ln produit&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln produits&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete products</source>
        <translation>Supprimer des produits</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>It is deleted in Medusa at the next push, and its Payload document with it.|They are deleted in Medusa at the next push, and their Payload documents with them.</source>
        <translation>
            <numerusform>Il est supprimé dans Medusa au prochain envoi, avec son document Payload.</numerusform>
            <numerusform>Ils sont supprimés dans Medusa au prochain envoi, avec leurs documents Payload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A draft never sent to Medusa is simply dropped.|%Ln drafts never sent to Medusa are simply dropped.</source>
        <translation>
            <numerusform>%Ln brouillon jamais envoyé à Medusa est simplement abandonné.</numerusform>
            <numerusform>%Ln brouillons jamais envoyés à Medusa sont simplement abandonnés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone here.</source>
        <translation>Cela ne peut pas être annulé ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete|Delete %Ln products</source>
        <translation>
            <numerusform>Supprimer</numerusform>
            <numerusform>Supprimer %Ln produits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pull</name>
    <message>
        <location filename="../../desktop_app/exchange/pull.py" line="+278"/>
        <source>Reading {server}…</source>
        <translation>Lecture de {server}…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Reading %Ln product(s) from Medusa…</source>
        <translation>
            <numerusform>Lecture de %Ln produit depuis Medusa…</numerusform>
            <numerusform>Lecture de %Ln produits depuis Medusa…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Read %Ln product(s) from Medusa</source>
        <translation>
            <numerusform>%Ln produit lu depuis Medusa</numerusform>
            <numerusform>%Ln produits lus depuis Medusa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln changed in Medusa</source>
        <translation>
            <numerusform>%Ln modifié dans Medusa</numerusform>
            <numerusform>%Ln modifiés dans Medusa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Reading %Ln document(s) from Payload…</source>
        <translation>
            <numerusform>Lecture de %Ln document depuis Payload…</numerusform>
            <numerusform>Lecture de %Ln documents depuis Payload…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Read %Ln document(s) from Payload</source>
        <translation>
            <numerusform>%Ln document lu depuis Payload</numerusform>
            <numerusform>%Ln documents lus depuis Payload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln changed in Payload</source>
        <translation>
            <numerusform>%Ln modifié dans Payload</numerusform>
            <numerusform>%Ln modifiés dans Payload</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <location filename="../../desktop_app/api/http.py" line="+147"/>
        <source>Could not connect to {server} at {host} in time. Is the server running and the address right?</source>
        <translation>Impossible de joindre {server} à {host} à temps. Le serveur tourne-t-il et l’adresse est-elle juste&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{server} at {host} did not answer in time. Try again later.</source>
        <translation>{server} à {host} n’a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to {server} at {host}. Is the server running and the address right?</source>
        <translation>Impossible de joindre {server} à {host}. Le serveur tourne-t-il et l’adresse est-elle juste&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The {server} address is not a valid http(s) URL.</source>
        <translation>L’adresse de {server} n’est pas une URL http(s) valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to {server} at {host} broke. Try again.</source>
        <translation>La connexion à {server} à {host} a été coupée. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/api/payload.py" line="+178"/>
        <source>Payload has no user collection &apos;{collection}&apos;. Check the user collection setting.</source>
        <translation>Payload n’a pas de collection d’utilisateurs «&#xa0;{collection}&#xa0;». Vérifiez le paramètre «&#xa0;Collection d’auth.&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Payload API key not recognised. Check the key and that API keys are enabled for the user.</source>
        <translation>Clé API inconnue de Payload. Vérifiez la clé et que les clés API sont activées pour l’utilisateur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/api/responses.py" line="+50"/>
        <source>The server answered with {type} instead of JSON. Check that the {server} address is correct.</source>
        <translation>Le serveur a répondu en {type} au lieu de JSON. Vérifiez que l’adresse de {server} est juste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{server} sent a reply that is not valid JSON.</source>
        <translation>{server} a envoyé une réponse qui n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{server} has no API route {path}. Check the {server} address and that the server version is supported.</source>
        <translation>{server} n’a pas de route d’API {path}. Vérifiez l’adresse de {server} et que la version du serveur est prise en charge.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Medusa redirected the request. Check the address (for example http vs https).</source>
        <translation>Medusa a redirigé la requête. Vérifiez l’adresse (par exemple http ou https).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Medusa rejected the email or password.</source>
        <translation>Medusa a refusé l’e-mail ou le mot de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Medusa did not accept the credentials (wrong, expired or revoked).</source>
        <translation>Medusa n’a pas accepté les identifiants (faux, expirés ou révoqués).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medusa could not find this record.</source>
        <translation>Medusa n’a pas trouvé cet enregistrement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medusa was busy with a conflicting change; please try again.</source>
        <translation>Medusa traitait une modification concurrente&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Payload redirected the request. Check the address (for example http vs https).</source>
        <translation>Payload a redirigé la requête. Vérifiez l’adresse (par exemple http ou https).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payload did not accept the credentials.</source>
        <translation>Payload n’a pas accepté les identifiants.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payload refused this action. The API key may be wrong, disabled, or belong to a user without access.</source>
        <translation>Payload a refusé cette action. La clé API est peut-être fausse, désactivée ou liée à un utilisateur sans accès.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payload could not find this document.</source>
        <translation>Payload n’a pas trouvé ce document.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document is open in Payload admin by someone else and is locked. Try again later, or override the lock.</source>
        <translation>Ce document est ouvert dans l’admin Payload par quelqu’un d’autre et verrouillé. Réessayez plus tard ou forcez le verrou.</translation>
    </message>
</context>
<context>
    <name>ServerGate</name>
    <message>
        <location filename="../../desktop_app/ui/server_gate.py" line="+50"/>
        <source>{server} is offline: this is possible again when it is back.</source>
        <translation>{server} est hors ligne&#xa0;: ce sera de nouveau possible à son retour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} and {second} are offline: this is possible again when they are back.</source>
        <translation>{first} et {second} sont hors ligne&#xa0;: ce sera de nouveau possible à leur retour.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop_app/ui/appearance.py" line="+13"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>System follows the desktop&apos;s light or dark scheme; Light and Dark stay</source>
        <translation>Système suit le mode clair ou sombre du bureau&#xa0;; Clair et Sombre restent fixes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System follows the desktop&apos;s light or dark scheme</source>
        <translation>Système suit le mode clair ou sombre du bureau</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setting_box.py" line="+59"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/log_level.py" line="+13"/>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (default)</source>
        <translation>Avertissements (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything (debugging)</source>
        <translation>Tout (débogage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log detail:</source>
        <translation>Détail du &amp;journal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much the app writes to its log in {folder} (Help › Open log folder)</source>
        <translation>Ce que l’application écrit dans son journal, dans {folder} (Aide › Ouvrir le dossier des journaux)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log detail</source>
        <translation>Détail du journal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_box.py" line="+29"/>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface&apos;s language and the format of numbers, prices and dates; System follows the desktop&apos;s locale</source>
        <translation>Langue de l’interface et format des nombres, prix et dates&#xa0;; Système suit les réglages régionaux du bureau</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applies when the app is started again.</source>
        <translation>S’applique au prochain démarrage de l’application.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="+65"/>
        <source>Secret API key</source>
        <translation>Clé API secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail and password</source>
        <translation>E-mail et mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing the local store…</source>
        <translation>Fermeture du stockage local…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not tested yet.</source>
        <translation>Pas encore testé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Settings — Shop profiles</source>
        <translation>Paramètres — Profils de boutique</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+439"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>e.g. my-shop</source>
        <translation>p. ex. ma-boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
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
        <translation>Connexion avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Auth collection</source>
        <translation>Collection d’auth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}  (active)</source>
        <translation>{name}  (actif)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored in the keyring; leave blank to keep</source>
        <translation>Enregistré dans le trousseau&#xa0;; laisser vide pour le garder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept for this session; leave blank to keep</source>
        <translation>Gardé pour cette session&#xa0;; laisser vide pour le garder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin password</source>
        <translation>Mot de passe admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key of a Payload user</source>
        <translation>Clé API d’un utilisateur Payload</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connection test failed</source>
        <translation>Échec du test de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection test of these settings failed:
{lines}

Save them anyway?</source>
        <translation>Le test de connexion de ces paramètres a échoué&#xa0;:
{lines}

Les enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It may hold edits that were not sent. They will not be sent to the new server; the store is kept in a backup in {folder}.</source>
        <translation>Il peut contenir des modifications non envoyées. Elles ne seront pas envoyées au nouveau serveur&#xa0;; le stockage est conservé en sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Change the server</source>
        <translation>Changer de serveur</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Change the server anyway?</source>
        <translation>Changer de serveur quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved (secrets kept for this session only).</source>
        <translation>Enregistré (secrets gardés pour cette session seulement).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local copy made with the previous settings was kept as a backup: {path}</source>
        <translation>La copie locale faite avec les paramètres précédents est conservée en sauvegarde&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The test could not run: {error}</source>
        <translation>Le test n’a pas pu s’exécuter&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the profile “{name}” and its stored secrets?</source>
        <translation>Supprimer le profil «&#xa0;{name}&#xa0;» et ses secrets enregistrés&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It may hold edits that were not sent; it is kept in a backup in {folder}.</source>
        <translation>Il peut contenir des modifications non envoyées&#xa0;; il est conservé en sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The local copy of “{name}” was kept as a backup: {path}</source>
        <translation>La copie locale de «&#xa0;{name}&#xa0;» est conservée en sauvegarde&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/stock_tab.py" line="-48"/>
        <source>not tracked</source>
        <translation>non suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medusa does not manage this variant&apos;s stock (“Manage inventory” is off on the Options &amp; variants tab), so it has no levels to set.</source>
        <translation>Medusa ne gère pas le stock de cette variante («&#xa0;Gérer le stock&#xa0;» est désactivé dans l’onglet Options &amp; variantes)&#xa0;; il n’y a donc pas de niveaux à définir.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{stocked}  · {reserved} reserved</source>
        <translation>{stocked}  · {reserved} réservés</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Medusa · stocked quantity per location · saved with Save</source>
        <translation>Medusa · quantité en stock par emplacement · enregistrée avec Enregistrer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This shop has no stock locations in the local store yet: pull to read them (Medusa lists them under Settings → Locations).</source>
        <translation>Cette boutique n’a pas encore d’emplacements de stock dans le stockage local&#xa0;: récupérez pour les lire (Medusa les liste sous Settings → Locations).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reserved: held for orders not yet fulfilled. Available = stocked − reserved, over every location. Blue: set here, sent at the next push.</source>
        <translation>Réservé&#xa0;: retenu pour des commandes pas encore traitées. Disponible = stock − réservé, sur tous les emplacements. Bleu&#xa0;: défini ici, envoyé au prochain envoi.</translation>
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
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stock location {id}</source>
        <translation>Emplacement de stock {id}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Type 0 for none: a stock level is not removed here.</source>
        <translation>Saisissez 0 pour aucun&#xa0;: un niveau de stock n’est pas supprimé ici.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No stock level here yet: type a quantity to stock this location.</source>
        <translation>Pas encore de stock ici&#xa0;: saisissez une quantité pour approvisionner cet emplacement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stocked {stocked} (set here, sent at the next push), reserved {reserved}</source>
        <translation>En stock {stocked} (défini ici, envoyé au prochain envoi), réservé {reserved}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stocked {stocked}, reserved {reserved}</source>
        <translation>En stock {stocked}, réservé {reserved}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stocked − reserved, over every location</source>
        <translation>Stock − réservé, sur tous les emplacements</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln available in all</source>
        <translation>
            <numerusform>%Ln disponible au total</numerusform>
            <numerusform>%Ln disponibles au total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No variant of this product tracks stock.</source>
        <translation>Aucune variante de ce produit ne suit le stock.</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+16"/>
        <source>Medusa · each variant has one value of every option · changes are queued at once</source>
        <translation>Medusa · chaque variante a une valeur de chaque option · les changements sont mis en file aussitôt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medusa · saved with Save</source>
        <translation>Medusa · enregistré avec Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add variant…</source>
        <translation>Ajouter une variante…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Remove variant</source>
        <translation>Supprimer la variante</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Add variant</source>
        <translation>Ajouter une variante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add, remove or rename options and variants here and they are queued at once (the pending changes list them); typed values wait for Save.</source>
        <translation>Les options et variantes ajoutées, supprimées ou renommées ici sont mises en file aussitôt (les modifications en attente les listent)&#xa0;; les valeurs saisies attendent Enregistrer.</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <location line="+53"/>
        <source>Remove variant|Remove %Ln variants</source>
        <translation>
            <numerusform>Supprimer la variante</numerusform>
            <numerusform>Supprimer %Ln variantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Title (optional)</source>
        <translation>Titre (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices, like EUR 10.50, Europe: EUR 9</source>
        <translation>Prix, par exemple EUR 10.50, Europe: EUR 9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New variant</source>
        <translation>Nouvelle variante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every option needs a value first (Add value…).</source>
        <translation>Chaque option a d’abord besoin d’une valeur (Ajouter une valeur…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A variant with these values exists already.</source>
        <translation>Une variante avec ces valeurs existe déjà.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another variant has the SKU {sku}.</source>
        <translation>Une autre variante a le SKU {sku}.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Remove the variant {names}? Its prices and stock go with it.|Remove %Ln variants ({names})? Their prices and stock go with them.</source>
        <translation>
            <numerusform>Supprimer la variante {names}&#xa0;? Ses prix et son stock partent avec elle.</numerusform>
            <numerusform>Supprimer %Ln variantes ({names})&#xa0;? Leurs prix et leur stock partent avec elles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove variants</source>
        <translation>Supprimer des variantes</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="+23"/>
        <source>Switching shop closes them. Cancel to go back and save, or discard the changes.</source>
        <translation>Changer de boutique les ferme. Annulez pour revenir enregistrer, ou abandonnez les modifications.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing the window closes them. Cancel to go back and save, or discard the changes.</source>
        <translation>Fermer la fenêtre les ferme. Annulez pour revenir enregistrer, ou abandonnez les modifications.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-21"/>
        <location filename="../../desktop_app/ui/unsaved.py" line="+42"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…et %Ln autre</numerusform>
            <numerusform>…et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unsaved.py" line="+1"/>
        <source>An open editor has changes that are not saved:|%Ln open editors have changes that are not saved:</source>
        <translation>
            <numerusform>%Ln éditeur ouvert a des modifications non enregistrées&#xa0;:</numerusform>
            <numerusform>%Ln éditeurs ouverts ont des modifications non enregistrées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/commerce_editor.py" line="-1"/>
        <location filename="../../desktop_app/ui/unsaved.py" line="+2"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="+7"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+15"/>
        <source>Prices per currency and per region, like “EUR 10.50, USD 12, Europe: EUR 9”</source>
        <translation>Prix par devise et par région, par exemple «&#xa0;EUR 10.50, USD 12, Europe: EUR 9&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Medusa tracks this variant&apos;s stock (the Stock tab sets it)</source>
        <translation>Medusa suit le stock de cette variante (l’onglet Stock le définit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sell this variant when it is out of stock</source>
        <translation>Vendre cette variante même en rupture de stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As Medusa stores it (the shop decides the unit)</source>
        <translation>Tel que Medusa le stocke (la boutique choisit l’unité)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Added here: Medusa makes it at the next push</source>
        <translation>Ajoutée ici&#xa0;: Medusa la crée au prochain envoi</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/welcome/page.py" line="+38"/>
        <source>Welcome to Shop Admin</source>
        <translation>Bienvenue dans Shop Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage the products of a Medusa + Payload shop: search, edit and bulk-change them, online or offline. How would you like to start?</source>
        <translation>Gérez les produits d’une boutique Medusa + Payload&#xa0;: recherche, modification, modifications groupées, en ligne ou hors ligne. Comment voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to my shop</source>
        <translation>Connecter ma boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the addresses of your Medusa and Payload servers and their keys. Test connection checks them before anything is saved; the keys go to your system&apos;s keyring.</source>
        <translation>Saisissez les adresses de vos serveurs Medusa et Payload et leurs clés. «&#xa0;Tester la connexion&#xa0;» les vérifie avant tout enregistrement&#xa0;; les clés vont dans le trousseau de votre système.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to my shop…</source>
        <translation>Connecter ma boutique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Try the demo shop</source>
        <translation>Essayer la boutique de démo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Start a local Medusa + Payload shop with sample products on this computer. The first start installs and fills it, which can take a few minutes.</source>
        <translation>Démarrer sur cet ordinateur une boutique Medusa + Payload locale avec des produits d’exemple. Le premier démarrage l’installe et la remplit, ce qui peut prendre quelques minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo shop is not part of this installation; connect to your shop instead.</source>
        <translation>La boutique de démo ne fait pas partie de cette installation&#xa0;; connectez plutôt votre boutique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the demo shop…</source>
        <translation>Démarrage de la boutique de démo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the demo shop was cancelled. Servers it had already started keep running until you stop them (stack/down); trying again picks up from there.</source>
        <translation>Le démarrage de la boutique de démo a été annulé. Les serveurs déjà lancés tournent jusqu’à ce que vous les arrêtiez (stack/down)&#xa0;; un nouvel essai reprend de là.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo shop could not start.</source>
        <translation>La boutique de démo n’a pas pu démarrer.</translation>
    </message>
</context>
</TS>
