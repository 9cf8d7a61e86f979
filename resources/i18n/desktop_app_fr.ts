<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accessible</name>
    <message>
        <location filename="../../desktop_app/ui/accessible.py" line="+30" />
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title, handle, SKU, description or ID</source>
        <translation>Titre, handle, SKU, description ou ID</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The shop's products; Enter opens the product editor, Ctrl+E its content</source>
        <translation>Les produits de la boutique ; Entrée ouvre l’éditeur de produit, Ctrl+E son contenu</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Content form</source>
        <translation>Formulaire de contenu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title, subtitle, description, images and SEO</source>
        <translation>Titre, sous-titre, description, images et SEO</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Storefront preview</source>
        <translation>Aperçu de la vitrine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The product as the storefront shows it</source>
        <translation>Le produit tel que la vitrine le montre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gallery images</source>
        <translation>Images de la galerie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag to reorder; Delete removes the selected one</source>
        <translation>Faites glisser pour réordonner ; Suppr retire l’image sélectionnée</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Published, draft, proposed or rejected</source>
        <translation>Publié, brouillon, proposé ou refusé</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sync state</source>
        <translation>État de synchro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whether the product's Medusa and Payload records agree</source>
        <translation>Si les fiches Medusa et Payload du produit concordent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products by available stock</source>
        <translation>Produits selon le stock disponible</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Quality score</source>
        <translation>Score de qualité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products by how complete their content is</source>
        <translation>Produits selon la complétude de leur contenu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The description in markdown: Tab indents a list item, Ctrl+Tab moves on</source>
        <translation>La description en markdown : Tab indente un élément de liste, Ctrl+Tab passe à la suite</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The product's name, as the storefront shows it</source>
        <translation>Le nom du produit, tel que la vitrine l’affiche</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A short line shown under the title</source>
        <translation>Une courte ligne affichée sous le titre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The product's address in the storefront</source>
        <translation>L’adresse du produit dans la vitrine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key and value pairs kept with the product in Medusa</source>
        <translation>Paires clé-valeur conservées avec le produit dans Medusa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SEO title</source>
        <translation>Titre SEO</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The title search engines show</source>
        <translation>Le titre affiché par les moteurs de recherche</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SEO description</source>
        <translation>Description SEO</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The text search engines show</source>
        <translation>Le texte affiché par les moteurs de recherche</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SEO keywords</source>
        <translation>Mots-clés SEO</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comma-separated</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Variant grid</source>
        <translation>Grille des variantes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants, prices and stock; Tab goes to the next cell</source>
        <translation>Variantes, prix et stock ; Tab passe à la cellule suivante</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shop profiles</source>
        <translation>Profils de boutique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The profile chosen here is edited on the right</source>
        <translation>Le profil choisi ici se modifie à droite</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Profile form</source>
        <translation>Formulaire du profil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The chosen profile's name, servers and keys</source>
        <translation>Nom, serveurs et clés du profil choisi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every key the open windows answer to</source>
        <translation>Toutes les touches auxquelles répondent les fenêtres ouvertes</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="+37" />
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk/dialog.py" line="+66" />
        <source>%Ln product(s) selected</source>
        <translation>
            <numerusform>%Ln produit sélectionné</numerusform>
            <numerusform>%Ln produits sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>All %Ln product(s) in the catalog</source>
        <translation>
            <numerusform>Tous les produits du catalogue (%Ln)</numerusform>
            <numerusform>Tous les %Ln produits du catalogue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>status {statuses}</source>
        <translation>statut {statuses}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>sync state {states}</source>
        <translation>synchro {states}</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>All %Ln product(s) matching “{text}”</source>
        <translation>
            <numerusform>Tous les produits correspondant à « {text} » (%Ln)</numerusform>
            <numerusform>Tous les %Ln produits correspondant à « {text} »</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>All %Ln product(s) with {filters}</source>
        <translation>
            <numerusform>Tous les produits avec {filters} (%Ln)</numerusform>
            <numerusform>Tous les %Ln produits avec {filters}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>All %Ln product(s) matching “{text}” with {filters}</source>
        <translation>
            <numerusform>Tous les produits correspondant à « {text} » avec {filters} (%Ln)</numerusform>
            <numerusform>Tous les %Ln produits correspondant à « {text} » avec {filters}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Sent %Ln field(s)</source>
        <translation>
            <numerusform>%Ln champ envoyé</numerusform>
            <numerusform>%Ln champs envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>{sent}, %Ln already on the server</source>
        <translation>
            <numerusform>{sent}, %Ln déjà sur le serveur</numerusform>
            <numerusform>{sent}, %Ln déjà sur le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>{sent}; %Ln need attention or wait for the next push (see Pending changes)</source>
        <translation>
            <numerusform>{sent} ; %Ln demande votre attention ou attend le prochain envoi (voir Modifications en attente)</numerusform>
            <numerusform>{sent} ; %Ln demandent votre attention ou attendent le prochain envoi (voir Modifications en attente)</numerusform>
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
        <translation>Modification groupée</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the chosen products to a CSV file, to change them in a spreadsheet</source>
        <translation>Écrire les produits choisis dans un fichier CSV, pour les modifier dans un tableur</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read a CSV file back: its changes show in the preview before anything is applied</source>
        <translation>Relire un fichier CSV : ses modifications s’affichent dans l’aperçu avant que rien ne soit appliqué</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show each product's change before anything is written</source>
        <translation>Montrer la modification de chaque produit avant que rien ne soit écrit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a change and preview it.</source>
        <translation>Choisissez une modification et affichez son aperçu.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products the change cannot be made to, or that it skips</source>
        <translation>Produits auxquels la modification ne peut pas s’appliquer, ou qu’elle ignore</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Preview of the changes</source>
        <translation>Aperçu des modifications</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each change: product, field, before and after; nothing is written until Apply</source>
        <translation>Chaque modification : produit, champ, avant et après ; rien n’est écrit avant « Appliquer »</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cancel push</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop sending; what is not sent stays in the outbox</source>
        <translation>Arrêter l’envoi ; ce qui n’est pas envoyé reste dans la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+106" />
        <location line="+7" />
        <source>Undo bulk edit</source>
        <translation>Annuler la modification groupée</translation>
    </message>
    <message>
        <location line="-111" />
        <source>Take the last bulk edit back (asks first)</source>
        <translation>Annuler la dernière modification groupée (demande d’abord)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the previewed changes to the outbox, and push them when the servers are connected</source>
        <translation>Enregistrer les modifications de l’aperçu dans la boîte d’envoi, et les envoyer quand les serveurs sont connectés</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close bulk edit; what was applied stays in the outbox</source>
        <translation>Fermer la modification groupée ; ce qui a été appliqué reste dans la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Preview again to see the change.</source>
        <translation>Relancez l’aperçu pour voir la modification.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Error: {problem}</source>
        <translation>Erreur : {problem}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skipped: {problem}</source>
        <translation>Ignoré : {problem}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing to preview.</source>
        <translation>Rien à prévisualiser.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{change}: {summary}.</source>
        <translation>{change} : {summary}.</translation>
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
            <numerusform>%Ln produit</numerusform>
            <numerusform>%Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln champ</numerusform>
            <numerusform>%Ln champs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>{change}: {counts}</source>
        <translation>{change} : {counts}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved in the outbox.</source>
        <translation>Enregistré dans la boîte d’envoi.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln product changed since the preview was left as it is.|%Ln products changed since the preview were left as they are.</source>
        <translation>
            <numerusform>%Ln produit modifié depuis l’aperçu a été laissé tel quel.</numerusform>
            <numerusform>%Ln produits modifiés depuis l’aperçu ont été laissés tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recorded as bulk edit #{id}: {counts}.</source>
        <translation>Enregistré comme modification groupée n° {id} : {counts}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Undo bulk edit #{id}?

{what}.

Its edits still waiting to be sent are dropped; values it already changed on the servers are set back to what they were. A field changed since by someone else is kept.</source>
        <translation>Annuler la modification groupée n° {id} ?

{what}.

Ses modifications pas encore envoyées sont abandonnées ; les valeurs déjà changées sur les serveurs reprennent leur état précédent. Un champ modifié entre-temps par quelqu’un d’autre est conservé.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>They are sent with the next push.</source>
        <translation>Elles partent avec le prochain envoi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The push stopped: {error}. The edits wait in the outbox.</source>
        <translation>L’envoi s’est arrêté : {error}. Les modifications attendent dans la boîte d’envoi.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>{done} of %Ln product(s)</source>
        <translation>
            <numerusform>{done} sur %Ln produit</numerusform>
            <numerusform>{done} sur %Ln produits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Push cancelled. Nothing is lost: the remaining edits wait in the outbox and go with the next push.</source>
        <translation>Envoi annulé. Rien n’est perdu : les modifications restantes attendent dans la boîte d’envoi et partent avec le prochain envoi.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export products</source>
        <translation>Exporter les produits</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Import edits</source>
        <translation>Importer des modifications</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot write {file}: {error}.</source>
        <translation>Impossible d’écrire {file} : {error}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Exported %Ln product(s) to {path}.</source>
        <translation>
            <numerusform>%Ln produit exporté vers {path}.</numerusform>
            <numerusform>%Ln produits exportés vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file cannot be imported.</source>
        <translation>Le fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{change} (dry run): {summary}.</source>
        <translation>{change} (essai) : {summary}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{change} (dry run): {summary}. Fix the errors in the file and import it again.</source>
        <translation>{change} (essai) : {summary}. Corrigez les erreurs du fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk/diff_model.py" line="+21" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk/operation_form.py" line="+29" />
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set SEO fields</source>
        <translation>Définir les champs SEO</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta title</source>
        <translation>Méta-titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta description</source>
        <translation>Méta-description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta keywords</source>
        <translation>Méta-mots-clés</translation>
    </message>
    <message>
        <location line="+14" />
        <source>e.g. {title} | My shop</source>
        <translation>p. ex. {title} | Ma boutique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set this field on every chosen product</source>
        <translation>Définir ce champ sur chaque produit choisi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} template</source>
        <translation>Modèle de {field}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Placeholders: {title}, {subtitle}, {handle}</source>
        <translation>Espaces réservés : {title}, {subtitle}, {handle}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Change:</source>
        <translation>Modification :</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What to change on every chosen product; its options follow</source>
        <translation>Ce qui change sur chaque produit choisi ; ses options suivent</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The status every chosen product gets</source>
        <translation>Le statut que reçoit chaque produit choisi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New status:</source>
        <translation>Nouveau statut :</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Ticked fields are set on every product. Placeholders: {title}, {subtitle}, {handle}. Unticked fields are left as they are.</source>
        <translation>Les champs cochés sont définis sur chaque produit. Espaces réservés : {title}, {subtitle}, {handle}. Les champs non cochés restent tels quels.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace with:</source>
        <translation>Remplacer par :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The text to find in the titles and subtitles</source>
        <translation>Le texte à chercher dans les titres et sous-titres</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What replaces it; empty removes the text found</source>
        <translation>Ce qui le remplace ; vide, le texte trouvé est supprimé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace in the products' titles</source>
        <translation>Remplacer dans les titres des produits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace in the products' subtitles</source>
        <translation>Remplacer dans les sous-titres des produits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tell capital and small letters apart</source>
        <translation>Distinguer majuscules et minuscules</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find is read as a regular expression</source>
        <translation>« Rechercher » est lu comme une expression régulière</translation>
    </message>
    <message>
        <location line="+6" />
        <source>In:</source>
        <translation>Dans :</translation>
    </message>
</context>
<context>
    <name>BulkOperations</name>
    <message>
        <location filename="../../desktop_app/bulk/operations.py" line="+37" />
        <source>meta title</source>
        <translation>méta-titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>meta description</source>
        <translation>méta-description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>meta keywords</source>
        <translation>méta-mots-clés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subtitle</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Unknown status '{status}': use {statuses}.</source>
        <translation>Statut inconnu « {status} » : utilisez {statuses}.</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../../desktop_app/ui/bulk/operation_form.py" line="+16" />
        <source>Set status to {status}</source>
        <translation>Passer le statut à {status}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{field}: {error} (write {open} and {close} for literal braces).</source>
        <translation>{field} : {error} (écrivez {open} et {close} pour des accolades littérales).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{field}: unknown placeholder {placeholder}; use {allowed}.</source>
        <translation>{field} : espace réservé inconnu {placeholder} ; utilisez {allowed}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose at least one SEO field to set.</source>
        <translation>Choisissez au moins un champ SEO à définir.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Set SEO {fields}</source>
        <translation>Définir SEO {fields}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Enter the text to find.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find and replace works in the title and/or the subtitle.</source>
        <translation>Rechercher et remplacer agit dans le titre et/ou le sous-titre.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Invalid replacement: {error}.</source>
        <translation>Remplacement non valide : {error}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Invalid regular expression: {error}.</source>
        <translation>Expression régulière non valide : {error}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace regex '{find}' with '{replace}' in {fields}</source>
        <translation>Remplacer la regex « {find} » par « {replace} » dans {fields}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace regex '{find}' with '{replace}' in {fields}, any case</source>
        <translation>Remplacer la regex « {find} » par « {replace} » dans {fields}, sans tenir compte de la casse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Replace text '{find}' with '{replace}' in {fields}</source>
        <translation>Remplacer le texte « {find} » par « {replace} » dans {fields}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace text '{find}' with '{replace}' in {fields}, any case</source>
        <translation>Remplacer le texte « {find} » par « {replace} » dans {fields}, sans tenir compte de la casse</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the title would be empty</source>
        <translation>le titre serait vide</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose at least one category.</source>
        <translation>Choisissez au moins une catégorie.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose at least one tag.</source>
        <translation>Choisissez au moins un tag.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose at least one sales channel.</source>
        <translation>Choisissez au moins un canal de vente.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every category needs an id.</source>
        <translation>Chaque catégorie a besoin d’un ID.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every tag needs an id.</source>
        <translation>Chaque tag a besoin d’un ID.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every sales channel needs an id.</source>
        <translation>Chaque canal de vente a besoin d’un ID.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its categories are not in the local store yet; pull first</source>
        <translation>ses catégories ne sont pas encore dans le stockage local ; récupérez d’abord</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its tags are not in the local store yet; pull first</source>
        <translation>ses tags ne sont pas encore dans le stockage local ; récupérez d’abord</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its sales channels are not in the local store yet; pull first</source>
        <translation>ses canaux de vente ne sont pas encore dans le stockage local ; récupérez d’abord</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Add to category {names}|Add to categories {names}</source>
        <translation>
            <numerusform>Ajouter à la catégorie {names}</numerusform>
            <numerusform>Ajouter aux catégories {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Add to tag {names}|Add to tags {names}</source>
        <translation>
            <numerusform>Ajouter au tag {names}</numerusform>
            <numerusform>Ajouter aux tags {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Add to sales channel {names}|Add to sales channels {names}</source>
        <translation>
            <numerusform>Ajouter au canal de vente {names}</numerusform>
            <numerusform>Ajouter aux canaux de vente {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Remove from category {names}|Remove from categories {names}</source>
        <translation>
            <numerusform>Retirer de la catégorie {names}</numerusform>
            <numerusform>Retirer des catégories {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Remove from tag {names}|Remove from tags {names}</source>
        <translation>
            <numerusform>Retirer du tag {names}</numerusform>
            <numerusform>Retirer des tags {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Remove from sales channel {names}|Remove from sales channels {names}</source>
        <translation>
            <numerusform>Retirer du canal de vente {names}</numerusform>
            <numerusform>Retirer des canaux de vente {names}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30" />
        <source>Cannot organise by '{target}': use {lists}.</source>
        <translation>Impossible de classer par « {target} » : utilisez {lists}.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Choose a collection, or none to clear it.</source>
        <translation>Choisissez une collection, ou aucune pour la retirer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear the collection</source>
        <translation>Retirer la collection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set collection to {name}</source>
        <translation>Définir la collection sur {name}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose a type, or none to clear it.</source>
        <translation>Choisissez un type, ou aucun pour le retirer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear the type</source>
        <translation>Retirer le type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set type to {name}</source>
        <translation>Définir le type sur {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/applying.py" line="+51" />
        <source>Undid bulk edit #{id}: {dropped}, {back}</source>
        <translation>Modification groupée n° {id} annulée : {dropped}, {back}</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln pending edit(s) dropped</source>
        <translation>
            <numerusform>%Ln modification en attente abandonnée</numerusform>
            <numerusform>%Ln modifications en attente abandonnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln field(s) to send back</source>
        <translation>
            <numerusform>%Ln champ à renvoyer</numerusform>
            <numerusform>%Ln champs à renvoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>{summary}; %Ln field changed since was kept|{summary}; %Ln fields changed since were kept</source>
        <translation>
            <numerusform>{summary} ; %Ln champ modifié entre-temps a été conservé</numerusform>
            <numerusform>{summary} ; %Ln champs modifiés entre-temps ont été conservés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Every product changed since the preview; preview again.</source>
        <translation>Chaque produit a changé depuis l’aperçu ; relancez l’aperçu.</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../desktop_app/bulk/stock_changes.py" line="+94" />
        <source>Undone with bulk edit #{id}</source>
        <translation>Annulé avec la modification groupée n° {id}</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>Fix the error before applying.|Fix the %Ln errors before applying.</source>
        <translation>
            <numerusform>Corrigez l’erreur avant d’appliquer.</numerusform>
            <numerusform>Corrigez les %Ln erreurs avant d’appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>changed since the preview; left as it is</source>
        <translation>modifié depuis l’aperçu ; laissé tel quel</translation>
    </message>
    <message>
        <location line="+25" />
        <source>There is no bulk edit #{id}.</source>
        <translation>Il n’y a pas de modification groupée n° {id}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bulk edit #{id} was already undone ({when}).</source>
        <translation>La modification groupée n° {id} a déjà été annulée ({when}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/csv_io.py" line="+93" />
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Le fichier est vide : la première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file has no '{column}' column.</source>
        <translation>Le fichier n’a pas de colonne « {column} ».</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Unknown column: {names}. Editable columns: {editable}.|Unknown columns: {names}. Editable columns: {editable}.</source>
        <translation>
            <numerusform>Colonne inconnue : {names}. Colonnes modifiables : {editable}.</numerusform>
            <numerusform>Colonnes inconnues : {names}. Colonnes modifiables : {editable}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Column named twice: {names}.|Columns named twice: {names}.</source>
        <translation>
            <numerusform>Colonne nommée deux fois : {names}.</numerusform>
            <numerusform>Colonnes nommées deux fois : {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Line {line}: not valid CSV ({error}).</source>
        <translation>Ligne {line} : CSV non valide ({error}).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>too few cells</source>
        <translation>trop peu de cellules</translation>
    </message>
    <message>
        <location line="+31" />
        <source>handle: row {row} sets the handle '{handle}' too</source>
        <translation>handle : la ligne {row} donne aussi le handle « {handle} »</translation>
    </message>
    <message>
        <location line="+6" />
        <source>handle: product {other} already has the handle '{handle}'</source>
        <translation>handle : le produit {other} a déjà le handle « {handle} »</translation>
    </message>
    <message>
        <location line="+18" />
        <source>more cells than columns</source>
        <translation>plus de cellules que de colonnes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no {column}</source>
        <translation>pas de {column}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{product} appears more than once</source>
        <translation>{product} apparaît plusieurs fois</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no product {product} in the local catalog</source>
        <translation>pas de produit {product} dans le catalogue local</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{file} is not UTF-8 text.</source>
        <translation>{file} n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read {file}: {error}.</source>
        <translation>Impossible de lire {file} : {error}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/model.py" line="+35" />
        <source>row {row}: {problem}</source>
        <translation>ligne {row} : {problem}</translation>
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
            <numerusform>%Ln produit change</numerusform>
            <numerusform>%Ln produits changent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln champ</numerusform>
            <numerusform>%Ln champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>{summary}; %Ln needs no change|{summary}; %Ln need no change</source>
        <translation>
            <numerusform>{summary} ; %Ln n’a pas besoin de changer</numerusform>
            <numerusform>{summary} ; %Ln n’ont pas besoin de changer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{summary}; %Ln skipped</source>
        <translation>
            <numerusform>{summary} ; %Ln ignoré</numerusform>
            <numerusform>{summary} ; %Ln ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{summary}; %Ln error(s)</source>
        <translation>
            <numerusform>{summary} ; %Ln erreur</numerusform>
            <numerusform>{summary} ; %Ln erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/planning.py" line="+28" />
        <source>no Payload document is stored; pull first</source>
        <translation>aucun document Payload n’est stocké ; récupérez d’abord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no Medusa product is stored; pull first</source>
        <translation>aucun produit Medusa n’est stocké ; récupérez d’abord</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not in the local catalog</source>
        <translation>absent du catalogue local</translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/stock_changes.py" line="-36" />
        <source>stock changed since the preview; left as it is</source>
        <translation>stock modifié depuis l’aperçu ; laissé tel quel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/bulk/validate.py" line="+22" />
        <source>status '{status}' is not one of {statuses}</source>
        <translation>le statut « {status} » n’est pas l’un de {statuses}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a handle is required</source>
        <translation>un handle est requis</translation>
    </message>
    <message>
        <location line="+3" />
        <source>handle '{handle}' is not URL safe: use lowercase letters, digits and single hyphens between words</source>
        <translation>le handle « {handle} » n’est pas compatible URL : utilisez des minuscules, des chiffres et un seul trait d’union entre les mots</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the title cannot be empty</source>
        <translation>le titre ne peut pas être vide</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an organise list holds ids only</source>
        <translation>une liste de classement ne contient que des ID</translation>
    </message>
    <message>
        <location line="+7" />
        <source>not an id</source>
        <translation>pas un ID</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <location filename="../../desktop_app/api/capabilities.py" line="+121" />
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drafts and publishing</source>
        <translation>Brouillons et publication</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Translations of content (Payload)</source>
        <translation>Traductions du contenu (Payload)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Translations of product data (Medusa)</source>
        <translation>Traductions des données produit (Medusa)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Scheduled publishing</source>
        <translation>Publication programmée</translation>
    </message>
    <message>
        <location line="+118" />
        <source>Payload's products collection has no versions: turn on versions (with drafts: versions.drafts) in the collection config.</source>
        <translation>La collection des produits de Payload n’a pas de versions : activez versions (avec brouillons : versions.drafts) dans la configuration de la collection.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Payload's products collection keeps versions, but this API key's user may not read them: allow readVersions in the collection's access rules.</source>
        <translation>La collection des produits de Payload garde des versions, mais l’utilisateur de cette clé API n’a pas le droit de les lire : autorisez readVersions dans les règles d’accès de la collection.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Payload has no scheduled publishing for products: turn on versions.drafts.schedulePublish in the collection config (and jobs.autoRun, so due jobs run).</source>
        <translation>Payload n’a pas de publication programmée pour les produits : activez versions.drafts.schedulePublish dans la configuration de la collection (et jobs.autoRun, pour que les tâches dues s’exécutent).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Payload schedules publishing from its admin only: its payload-jobs collection is closed to the REST API. Let signed-in users read, create and delete schedulePublish jobs (jobs.jobsCollectionOverrides), as the editorial stack does (stack/payload/src/editorial/scheduling.ts).</source>
        <translation>Payload ne programme les publications que depuis son admin : sa collection payload-jobs est fermée à l’API REST. Autorisez les utilisateurs connectés à lire, créer et supprimer les tâches schedulePublish (jobs.jobsCollectionOverrides), comme le fait la pile éditoriale (stack/payload/src/editorial/scheduling.ts).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Payload's products collection has no drafts: turn on versions.drafts in the collection config.</source>
        <translation>La collection des produits de Payload n’a pas de brouillons : activez versions.drafts dans la configuration de la collection.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Payload's product content is not localised: add localization (locales and a default locale) to the Payload config and mark title, subtitle, description and the SEO fields localized.</source>
        <translation>Le contenu des produits dans Payload n’est pas localisé : ajoutez localization (langues et une langue par défaut) à la configuration de Payload et marquez title, subtitle, description et les champs SEO comme localized.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Medusa has no translation routes: turn on its Translation module (Medusa 2.12.3 or later): add { resolve: "@medusajs/medusa/translation" } to modules and featureFlags: { translation: true } in medusa-config.ts, then run medusa db:migrate.</source>
        <translation>Medusa n’a pas de routes de traduction : activez son module Translation (Medusa 2.12.3 ou plus récent) : ajoutez { resolve: "@medusajs/medusa/translation" } à modules et featureFlags: { translation: true } dans medusa-config.ts, puis lancez medusa db:migrate.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Medusa's translation routes are on but its Translation module is not loaded: add { resolve: "@medusajs/medusa/translation" } to modules in medusa-config.ts (the feature flag alone does not load it), then run medusa db:migrate.</source>
        <translation>Les routes de traduction de Medusa sont actives, mais son module Translation n’est pas chargé : ajoutez { resolve: "@medusajs/medusa/translation" } à modules dans medusa-config.ts (le feature flag seul ne le charge pas), puis lancez medusa db:migrate.</translation>
    </message>
    <message>
        <location line="+220" />
        <source>Could not check: this API key's user may not read Payload's products.</source>
        <translation>Vérification impossible : l’utilisateur de cette clé API n’a pas le droit de lire les produits de Payload.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not check: Payload answered the localisation check unexpectedly.</source>
        <translation>Vérification impossible : Payload a répondu de façon inattendue à la vérification de la localisation.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Scheduled publishing needs drafts. {reason}</source>
        <translation>La publication programmée nécessite les brouillons. {reason}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Could not check: Payload's access rules could not be read.</source>
        <translation>Vérification impossible : les règles d’accès de Payload n’ont pas pu être lues.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Could not check: Payload lists versions for products but did not return them.</source>
        <translation>Vérification impossible : Payload indique des versions pour les produits mais ne les a pas renvoyées.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Could not check: Payload answered the versions check unexpectedly.</source>
        <translation>Vérification impossible : Payload a répondu de façon inattendue à la vérification des versions.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Could not check: Payload's access rules could not be read and no product shows its status.</source>
        <translation>Vérification impossible : les règles d’accès de Payload n’ont pas pu être lues et aucun produit n’indique son statut.</translation>
    </message>
    <message>
        <location line="+130" />
        <source>Not checked: {reason}</source>
        <translation>Non vérifié : {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not check: {error}</source>
        <translation>Vérification impossible : {error}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no Medusa connection</source>
        <translation>pas de connexion à Medusa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no Payload connection</source>
        <translation>pas de connexion à Payload</translation>
    </message>
</context>
<context>
    <name>CatalogList</name>
    <message>
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+60" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No content</source>
        <translation>Sans contenu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orphan</source>
        <translation>Orphelin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not in Medusa</source>
        <translation>Absent de Medusa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for Payload</source>
        <translation>En attente de Payload</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>{server} not read yet</source>
        <translation>{server} pas encore lu</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{server} has not been read into this copy yet: whether the product is there is not known. Refresh once {server} answers.</source>
        <translation>{server} n’a pas encore été lu dans cette copie : on ne sait pas si le produit y est. Actualisez dès que {server} répond.</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Edited here; waiting to be pushed.</source>
        <translation>Modifié ici ; en attente d’envoi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed on the server too: open Pending changes to resolve.</source>
        <translation>Modifié aussi sur le serveur : ouvrez « Modifications en attente » pour résoudre.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server rejected an edit: open the product to fix it.</source>
        <translation>Le serveur a refusé une modification : ouvrez le produit pour la corriger.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In step with Medusa and Payload.</source>
        <translation>À jour avec Medusa et Payload.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="+154" />
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+1" />
        <source>No Payload document: content cannot be edited.</source>
        <translation>Aucun document Payload : le contenu ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/list_model.py" line="+1" />
        <source>A Payload document whose Medusa product is gone.</source>
        <translation>Un document Payload dont le produit Medusa n’existe plus.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made here and not yet created in Medusa: the next push creates it.</source>
        <translation>Créé ici et pas encore dans Medusa : le prochain envoi le crée.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Created in Medusa from this app; the Medusa → Payload integration has not made its Payload document yet (usually within a minute). Content edits wait for it; if it stays away, Sync → Verify shows why.</source>
        <translation>Créé dans Medusa depuis cette application ; l’intégration Medusa → Payload n’a pas encore créé son document Payload (en général en moins d’une minute). Les modifications de contenu l’attendent ; s’il n’arrive pas, Synchro → Vérifier indique pourquoi.</translation>
    </message>
    <message>
        <location line="+302" />
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Not in Medusa yet (local id {id})</source>
        <translation>Pas encore dans Medusa (ID locale {id})</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+164" />
        <source>Medusa id: {id}</source>
        <translation>ID Medusa : {id}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No variant's stock is managed by Medusa.</source>
        <translation>Aucune variante n’a de stock géré par Medusa.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Available: stocked minus reserved, over every location and variant.</source>
        <translation>Disponible : stock moins réservations, sur tous les emplacements et variantes.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../desktop_app/ui/offline/catalog_page.py" line="+161" />
        <source>Search title, handle, SKU, description or ID…</source>
        <translation>Rechercher titre, handle, SKU, description ou ID…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Any sync state</source>
        <translation>Toute synchro</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+235" />
        <source>Showing {shown} of {total}</source>
        <translation>{shown} sur {total} affichés</translation>
    </message>
    <message>
        <location line="-219" />
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make a new product: options, variants, prices, stock (Ctrl+N)</source>
        <translation>Créer un produit : options, variantes, prix, stock (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+73" />
        <source>New product…</source>
        <translation>Nouveau produit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new product (Ctrl+N)</source>
        <translation>Créer un produit (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the selected product's commerce data</source>
        <translation>Modifier les données commerciales du produit choisi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new product copying the selected one (Ctrl+D)</source>
        <translation>Créer un produit en copiant celui choisi (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+60" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Delete the selected products, after asking (Delete)</source>
        <translation>Supprimer les produits choisis, après confirmation (Suppr)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit in grid…</source>
        <translation>Modifier dans la grille…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants, prices and stock of the selected products (two or more), else of the whole search result, as a spreadsheet (Ctrl+G)</source>
        <translation>Variantes, prix et stock des produits choisis (deux ou plus), sinon de tout le résultat de recherche, comme un tableur (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Timeline…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every state of the selected product: pulled, sent and Payload versions; compare two, restore a field</source>
        <translation>Chaque état du produit choisi : récupéré, envoyé et versions Payload ; en comparer deux, restaurer un champ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Translations…</source>
        <translation>Traductions…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Translate the selected product's content into the shop's other locales, the source beside the target</source>
        <translation>Traduire le contenu du produit choisi dans les autres langues de la boutique, la source à côté de la cible</translation>
    </message>
    <message numerus="yes">
        <location line="+36" />
        <source>Delete %Ln products…</source>
        <translation>
            <numerusform>Supprimer %Ln produit…</numerusform>
            <numerusform>Supprimer %Ln produits…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71" />
        <source>{total} shown</source>
        <translation>{total} affichés</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Created locally</source>
        <translation>Créé localement</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Select one product to duplicate.</source>
        <translation>Choisissez un produit à dupliquer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Duplicated locally</source>
        <translation>Dupliqué localement</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Select the products to delete first.</source>
        <translation>Choisissez d’abord les produits à supprimer.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Deleted %Ln products</source>
        <translation>
            <numerusform>%Ln produit supprimé</numerusform>
            <numerusform>%Ln produits supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+8" />
        <source>Select a product first.</source>
        <translation>Choisissez d’abord un produit.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Saved locally; pushing…</source>
        <translation>Enregistré localement ; envoi…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved locally.</source>
        <translation>Enregistré localement.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Working from the local store only</source>
        <translation>Travail sur le stockage local uniquement</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Pulling…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Offline: showing the local copy</source>
        <translation>Hors ligne : affichage de la copie locale</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln product(s) updated.</source>
        <translation>
            <numerusform>%Ln produit mis à jour.</numerusform>
            <numerusform>%Ln produits mis à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Pushing…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline/push_words.py" line="+17" />
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln envoyée</numerusform>
            <numerusform>%Ln envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln written over a draft saved elsewhere meanwhile (see the timeline)</source>
        <translation>
            <numerusform>%Ln écrite par-dessus un brouillon enregistré ailleurs entre-temps (voir l’historique)</numerusform>
            <numerusform>%Ln écrites par-dessus des brouillons enregistrés ailleurs entre-temps (voir l’historique)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln refusée</numerusform>
            <numerusform>%Ln refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln locked in Payload</source>
        <translation>
            <numerusform>%Ln verrouillée dans Payload</numerusform>
            <numerusform>%Ln verrouillées dans Payload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln kept for later</source>
        <translation>
            <numerusform>%Ln gardée pour plus tard</numerusform>
            <numerusform>%Ln gardées pour plus tard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>another process took over the push</source>
        <translation>un autre processus a repris l’envoi</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Push failed: {error}</source>
        <translation>Échec de l’envoi : {error}</translation>
    </message>
    <message numerus="yes">
        <location line="-38" />
        <source>%Ln product(s) created</source>
        <translation>
            <numerusform>%Ln produit créé</numerusform>
            <numerusform>%Ln produits créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln product(s) deleted</source>
        <translation>
            <numerusform>%Ln produit supprimé</numerusform>
            <numerusform>%Ln produits supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29" />
        <source>Push: {results}</source>
        <translation>Envoi : {results}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/catalog_page.py" line="+23" />
        <source>Overriding the lock…</source>
        <translation>Forçage du verrou…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Lock overridden; the change was sent.</source>
        <translation>Verrou forcé ; la modification a été envoyée.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Still pending: {reason}</source>
        <translation>Toujours en attente : {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/offline/conflict_dialog.py" line="+75" />
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server (last read)</source>
        <translation>Serveur (dernière lecture)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You saw</source>
        <translation>Vous aviez vu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take theirs</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Use this value</source>
        <translation>Utiliser cette valeur</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Resolve changes</source>
        <translation>Résoudre les modifications</translation>
    </message>
    <message>
        <location line="+51" />
        <source>These fields changed on the server after you edited them, or the server rejected your value. Choose what to keep; it is sent with the next push.</source>
        <translation>Ces champs ont changé sur le serveur après votre modification, ou le serveur a refusé votre valeur. Choisissez ce qu’il faut garder ; ce sera envoyé au prochain envoi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing left to resolve for this product.</source>
        <translation>Plus rien à résoudre pour ce produit.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Everything is resolved; the next push sends what you kept.</source>
        <translation>Tout est résolu ; le prochain envoi transmet ce que vous avez gardé.</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_note.py" line="+93" />
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save your value over the server's new one</source>
        <translation>Enregistrer votre valeur à la place de la nouvelle valeur du serveur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take theirs</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drop your typing and use the server's new value</source>
        <translation>Abandonner votre saisie et utiliser la nouvelle valeur du serveur</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{field} — changed in Payload meanwhile: “{theirs}”</source>
        <translation>{field} — modifié dans Payload entre-temps : « {theirs} »</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changed in Payload meanwhile: “{theirs}”</source>
        <translation>Modifié dans Payload entre-temps : « {theirs} »</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{field} — changed on the server meanwhile: “{theirs}”</source>
        <translation>{field} — modifié sur le serveur entre-temps : « {theirs} »</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changed on the server meanwhile: “{theirs}”</source>
        <translation>Modifié sur le serveur entre-temps : « {theirs} »</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <location filename="../../desktop_app/ui/offline/connectivity_indicator.py" line="+22" />
        <source>{server} online</source>
        <translation>{server} en ligne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{server} is online.</source>
        <translation>{server} est en ligne.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{server} offline</source>
        <translation>{server} hors ligne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{server} is offline. Edits are kept and pushed when it is back.</source>
        <translation>{server} est hors ligne. Les modifications sont gardées et envoyées à son retour.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{server} not checked</source>
        <translation>{server} non vérifié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{server} is not checked.</source>
        <translation>{server} n’est pas vérifié.</translation>
    </message>
</context>
<context>
    <name>ContentEditor</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/action_banner.py" line="+29" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/editor_window.py" line="+101" />
        <source>Changed in Payload while you were editing</source>
        <translation>Modifié dans Payload pendant votre modification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose Keep mine or Take theirs under each marked field, then save.</source>
        <translation>Choisissez « Garder la mienne » ou « Prendre celle du serveur » sous chaque champ marqué, puis enregistrez.</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73" />
        <source>Edit content</source>
        <translation>Modifier le contenu</translation>
    </message>
    <message>
        <location line="+75" />
        <location line="+45" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Close window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+189" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="-185" />
        <location line="+685" />
        <source>Timeline…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location line="-682" />
        <source>Every state of this product: compare, restore a field</source>
        <translation>Chaque état de ce produit : comparer, restaurer un champ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Translations…</source>
        <translation>Traductions…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Translate this product's content: the source locale beside the target</source>
        <translation>Traduire le contenu de ce produit : la langue source à côté de la langue cible</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Undo every change since the last save</source>
        <translation>Annuler toutes les modifications depuis le dernier enregistrement</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save to Payload (Ctrl+S)</source>
        <translation>Enregistrer dans Payload (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Markdown · saved to Payload as rich text · &lt;u&gt;, &lt;sub&gt;, &lt;mark&gt;… keep what markdown cannot</source>
        <translation>Markdown · enregistré dans Payload en texte enrichi · &lt;u&gt;, &lt;sub&gt;, &lt;mark&gt;… gardent ce que le markdown ne sait pas exprimer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Markdown · saved to Payload as rich text</source>
        <translation>Markdown · enregistré dans Payload en texte enrichi</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Storefront preview</source>
        <translation>Aperçu de la boutique</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Not loaded</source>
        <translation>Non chargé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not load the product</source>
        <translation>Impossible de charger le produit</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+512" />
        <location line="+22" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="-506" />
        <source>no handle</source>
        <translation>pas de handle</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{title} — Edit content</source>
        <translation>{title} — Modifier le contenu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+530" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="-529" />
        <source>Payload cannot be reached: showing the copy on this computer. Saves are kept here and sent later; images need a connection.</source>
        <translation>Payload est injoignable : vous voyez la copie de cet ordinateur. Les enregistrements sont gardés ici et envoyés plus tard ; les images demandent une connexion.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Formatting markdown cannot express</source>
        <translation>Mise en forme que le markdown ne sait pas exprimer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This description uses formatting from Payload admin (such as underline, colours, alignment or embedded media). It is kept unless you edit the description here.</source>
        <translation>Cette description utilise une mise en forme de l’admin Payload (soulignement, couleurs, alignement ou médias intégrés). Elle est conservée tant que vous ne modifiez pas la description ici.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unsent changes</source>
        <translation>Modifications non envoyées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some changes of this product are still waiting to be sent to Payload.</source>
        <translation>Des modifications de ce produit attendent encore d’être envoyées à Payload.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message numerus="yes">
        <location line="+59" />
        <source>%n unsaved change(s) ({locales})</source>
        <translation>
            <numerusform>%n modification non enregistrée ({locales})</numerusform>
            <numerusform>%n modifications non enregistrées ({locales})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n modification non enregistrée</numerusform>
            <numerusform>%n modifications non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+166" />
        <location line="+8" />
        <source>Title required</source>
        <translation>Titre obligatoire</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Payload needs a product title.</source>
        <translation>Payload a besoin d’un titre de produit.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Payload needs a title in {locale} before the other {locale} fields can be saved.</source>
        <translation>Payload a besoin d’un titre en {locale} avant de pouvoir enregistrer les autres champs en {locale}.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Saved over another draft</source>
        <translation>Enregistré par-dessus un autre brouillon</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+107" />
        <source>Saved on this computer</source>
        <translation>Enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <location line="-104" />
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open in Payload admin by someone else</source>
        <translation>Ouvert par quelqu’un d’autre dans l’admin Payload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your changes are kept on this computer. Retry when they are done, or override their lock (their unsaved changes in Payload admin may be lost).</source>
        <translation>Vos modifications sont gardées sur cet ordinateur. Réessayez quand l’autre personne a terminé, ou passez outre son verrou (ses modifications non enregistrées dans l’admin Payload peuvent être perdues).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Override</source>
        <translation>Passer outre</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Changed in Payload</source>
        <translation>Modifié dans Payload</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Take theirs</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+112" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save your changes to Payload before closing?</source>
        <translation>Enregistrer vos modifications dans Payload avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/hook.py" line="+34" />
        <source>“{title}” has no Payload document yet: its content cannot be edited.</source>
        <translation>« {title} » n’a pas encore de document Payload : son contenu ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/locale_editing.py" line="+27" />
        <source>Product title (required)</source>
        <translation>Titre du produit (obligatoire)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A short line under the title</source>
        <translation>Une courte ligne sous le titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/markdown_actions.py" line="+36" />
        <source>bold text</source>
        <translation>texte en gras</translation>
    </message>
    <message>
        <location line="+1" />
        <source>italic text</source>
        <translation>texte en italique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>struck text</source>
        <translation>texte barré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/rendering.py" line="+119" />
        <source>Untitled product</source>
        <translation>Produit sans titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/source_editor.py" line="+63" />
        <source>Describe the product in markdown: ## headings, **bold**, *italic*, - lists, &gt; quotes, [links](https://…)</source>
        <translation>Décrivez le produit en markdown : ## titres, **gras**, *italique*, - listes, &gt; citations, [liens](https://…)</translation>
    </message>
    <message>
        <location line="+123" />
        <source>Bold ({key})</source>
        <translation>Gras ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Italic ({key})</source>
        <translation>Italique ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strikethrough ({key})</source>
        <translation>Barré ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inline code ({key})</source>
        <translation>Code en ligne ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Heading ({key})</source>
        <translation>Titre ({key})</translation>
    </message>
    <message>
        <location line="-12" />
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Bulleted list ({key})</source>
        <translation>Liste à puces ({key})</translation>
    </message>
    <message>
        <location line="-12" />
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Numbered list ({key})</source>
        <translation>Liste numérotée ({key})</translation>
    </message>
    <message>
        <location line="-12" />
        <source>☑ Tasks</source>
        <translation>☑ Tâches</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Checklist ({key})</source>
        <translation>Liste de cases à cocher ({key})</translation>
    </message>
    <message>
        <location line="-12" />
        <source>❝ Quote</source>
        <translation>❝ Citation</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Quote ({key})</source>
        <translation>Citation ({key})</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Link ({key})</source>
        <translation>Lien ({key})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
</context>
<context>
    <name>ContentImages</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/editor_window.py" line="-1126" />
        <source>Uploading {file} to the thumbnail ({done} of {total})…</source>
        <translation>Envoi de {file} comme miniature ({done} sur {total})…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Uploading {file} to the gallery ({done} of {total})…</source>
        <translation>Envoi de {file} dans la galerie ({done} sur {total})…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Uploading {file} to the thumbnail…</source>
        <translation>Envoi de {file} comme miniature…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uploading {file} to the gallery…</source>
        <translation>Envoi de {file} dans la galerie…</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Upload image files to Payload</source>
        <translation>Envoyer des fichiers image dans Payload</translation>
    </message>
    <message>
        <location line="+941" />
        <source>Images need a connection to Payload.</source>
        <translation>Les images demandent une connexion à Payload.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{file} was not uploaded: {error}</source>
        <translation>{file} n’a pas été envoyé : {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>%n image(s) saved to Payload.</source>
        <translation>
            <numerusform>%n image enregistrée dans Payload.</numerusform>
            <numerusform>%n images enregistrées dans Payload.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/images_panel.py" line="+79" />
        <source>Drop an image
to set the
thumbnail</source>
        <translation>Déposez une
image pour
la miniature</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Add images…</source>
        <translation>Ajouter des images…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Drop images anywhere on the editor to set the thumbnail, or on the gallery to add them.</source>
        <translation>Déposez des images n’importe où dans l’éditeur pour définir la miniature, ou sur la galerie pour les y ajouter.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>media {id}</source>
        <translation>média {id}</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Add images to the gallery</source>
        <translation>Ajouter des images à la galerie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
</context>
<context>
    <name>ContentLocales</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/locale_bar.py" line="+31" />
        <source>&amp;Locale</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Content locale</source>
        <translation>Langue du contenu</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Locales: checking…</source>
        <translation>Langues : vérification…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Asking the shop whether its content is localised</source>
        <translation>La boutique est interrogée : son contenu est-il localisé ?</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{code} (default)</source>
        <translation>{code} (par défaut)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The locale whose title, subtitle, description and SEO you edit and preview (Alt+L)</source>
        <translation>La langue dont vous modifiez et prévisualisez le titre, le sous-titre, la description et le SEO (Alt+L)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>One locale</source>
        <translation>Une seule langue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Locales not available</source>
        <translation>Langues non disponibles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/locale_editing.py" line="+3" />
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subtitle</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+37" />
        <source>This shop's content has one locale.</source>
        <translation>Le contenu de cette boutique n’a qu’une langue.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not check the shop's locales: {error}</source>
        <translation>Impossible de vérifier les langues de la boutique : {error}</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Not localised in Payload: the same in every locale; edit it in the default locale.</source>
        <translation>Non localisé dans Payload : identique dans toutes les langues ; modifiez-le dans la langue par défaut.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Shown in {default}: {fields}. {here} has no text there yet, so the storefront falls back to the default locale ({default}).</source>
        <translation>Affiché en {default} : {fields}. {here} n’a pas encore de texte à cet endroit, la boutique montre donc la langue par défaut ({default}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/publish_editing.py" line="+88" />
        <source>One locale: {reason}</source>
        <translation>Une seule langue : {reason}</translation>
    </message>
</context>
<context>
    <name>ContentPublish</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/locale_editing.py" line="-89" />
        <source>Could not check whether the shop keeps drafts: {error}</source>
        <translation>Impossible de vérifier si la boutique garde des brouillons : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/publish_bar.py" line="+28" />
        <location line="+8" />
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Draft — unpublished changes</source>
        <translation>Brouillon — modifications non publiées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft — not published</source>
        <translation>Brouillon — non publié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Publication not read yet</source>
        <translation>Publication pas encore lue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No drafts</source>
        <translation>Pas de brouillons</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Draft (unpublished changes)</source>
        <translation>Brouillon (modifications non publiées)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft only / never published</source>
        <translation>Brouillon seul / jamais publié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drafts are off</source>
        <translation>Brouillons désactivés</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save your changes as a draft in Payload: the storefront keeps the published content until you publish (Ctrl+S)</source>
        <translation>Enregistrer vos modifications comme brouillon dans Payload : la boutique garde le contenu publié jusqu’à ce que vous publiiez (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make the latest draft (with your changes) what the storefront shows</source>
        <translation>Faire du dernier brouillon (avec vos modifications) ce que montre la boutique</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Take the product off the storefront: it becomes a draft</source>
        <translation>Retirer le produit de la boutique : il devient un brouillon</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Publish or unpublish at a date and time you choose</source>
        <translation>Publier ou dépublier à la date et à l’heure de votre choix</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save as &amp;draft</source>
        <translation>Enregistrer comme &amp;brouillon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Unpublish</source>
        <translation>&amp;Dépublier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sc&amp;hedule…</source>
        <translation>Pro&amp;grammer…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Asking the shop whether it keeps drafts</source>
        <translation>La boutique est interrogée : garde-t-elle des brouillons ?</translation>
    </message>
    <message>
        <location line="+16" />
        <source>d MMM HH:mm</source>
        <comment>the badge's date: a CLDR date pattern</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scheduled {when}</source>
        <translation>Programmé {when}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unpublish scheduled {when}</source>
        <translation>Dépublication programmée {when}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scheduled for {time}</source>
        <translation>Programmé pour le {time}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unpublish scheduled for {time}</source>
        <translation>Dépublication programmée pour le {time}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Publication state</source>
        <translation>État de publication</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Checking drafts…</source>
        <translation>Vérification des brouillons…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Drafts are not available for this shop.</source>
        <translation>Les brouillons ne sont pas disponibles pour cette boutique.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Drafts are off: {reason}</source>
        <translation>Brouillons désactivés : {reason}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>In Payload: {state}; {schedule}</source>
        <translation>Dans Payload : {state} ; {schedule}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In Payload: {state}</source>
        <translation>Dans Payload : {state}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(changes waiting to be sent)</source>
        <translation>(modifications en attente d’envoi)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Scheduled publishing is not available: {reason}</source>
        <translation>La publication programmée n’est pas disponible : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/publish_editing.py" line="-45" />
        <source>Save (Ctrl+S): every locale's changes as a draft, as Save as draft does; Publish makes them live (all locales)</source>
        <translation>Enregistrer (Ctrl+S) : les modifications de chaque langue comme brouillon, comme « Enregistrer comme brouillon » ; « Publier » les met en ligne (toutes les langues)</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No drafts: {reason}</source>
        <translation>Pas de brouillons : {reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No scheduled publishing: {reason}</source>
        <translation>Pas de publication programmée : {reason}</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unpublishing…</source>
        <translation>Dépublication…</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+7" />
        <source>Scheduling…</source>
        <translation>Programmation…</translation>
    </message>
</context>
<context>
    <name>ContentSave</name>
    <message>
        <location filename="../../desktop_app/services/content.py" line="+284" />
        <source>Saved on this computer. Payload is not set up.</source>
        <translation>Enregistré sur cet ordinateur. Payload n’est pas configuré.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload is not set up.</source>
        <translation>Payload n’est pas configuré.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Changed in Payload since you opened it: {fields}.</source>
        <translation>Modifié dans Payload depuis que vous l’avez ouvert : {fields}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Open in Payload admin by someone else.</source>
        <translation>Ouvert dans l’admin Payload par quelqu’un d’autre.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{field}: {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saved on this computer; it will be sent when Payload can be reached.</source>
        <translation>Enregistré sur cet ordinateur ; ce sera envoyé dès que Payload sera joignable.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It will be sent when Payload can be reached.</source>
        <translation>Ce sera envoyé dès que Payload sera joignable.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saved to Payload.</source>
        <translation>Enregistré dans Payload.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Took the values from Payload.</source>
        <translation>Valeurs reprises de Payload.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Image saved to Payload.</source>
        <translation>Image enregistrée dans Payload.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subtitle</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>thumbnail</source>
        <translation>vignette</translation>
    </message>
    <message>
        <location line="+1" />
        <source>gallery</source>
        <translation>galerie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>meta title</source>
        <translation>méta-titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>meta description</source>
        <translation>méta-description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>keywords</source>
        <translation>mots-clés</translation>
    </message>
</context>
<context>
    <name>ContentSeo</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/editor_window.py" line="-785" />
        <source>Search engine listing</source>
        <translation>Résultat dans les moteurs de recherche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/content_editor/seo_panel.py" line="+31" />
        <source>Meta title</source>
        <translation>Méta-titre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Empty: search engines fall back to other text.</source>
        <translation>Vide : les moteurs de recherche prennent un autre texte.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Good length.</source>
        <translation>Bonne longueur.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close to the limit.</source>
        <translation>Proche de la limite.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Too long: search engines cut it after about {limit} characters.</source>
        <translation>Trop long : les moteurs de recherche coupent après environ {limit} caractères.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Comma-separated, e.g. hoodie, organic cotton</source>
        <translation>Séparés par des virgules, p. ex. sweat à capuche, coton bio</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Meta description</source>
        <translation>Méta-description</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search result preview</source>
        <translation>Aperçu du résultat de recherche</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Leave empty to use the start of the description.</source>
        <translation>Laissez vide pour utiliser le début de la description.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/crash.py" line="+30" />
        <source>An unexpected error happened. Your saved edits are safe in the local store. You can keep working, or quit and start the app again. The report below helps fix the problem: copy it and send it to support (keys, passwords and tokens are removed).</source>
        <translation>Une erreur inattendue s’est produite. Vos modifications enregistrées sont en sécurité dans le stockage local. Vous pouvez continuer, ou quitter et relancer l’application. Le rapport ci-dessous aide à corriger le problème : copiez-le et envoyez-le au support (clés, mots de passe et jetons sont retirés).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Quit the app</source>
        <translation>Quitter l’application</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep working</source>
        <translation>Continuer</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <source>%Ln more unexpected error(s) since; the log has them all.</source>
        <translation>
            <numerusform>%Ln autre erreur inattendue depuis ; le journal les contient toutes.</numerusform>
            <numerusform>%Ln autres erreurs inattendues depuis ; le journal les contient toutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/help_menu.py" line="+21" />
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put versions, settings, the servers' answers, recent errors and the doctor's findings on the clipboard, without secrets, to send to support</source>
        <translation>Mettre versions, paramètres, réponses des serveurs, erreurs récentes et constats du diagnostic dans le presse-papiers, sans secrets, pour les envoyer au support</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This report goes on the clipboard so you can paste it into a message to support. Keys, passwords and tokens are removed; read it before you send it.</source>
        <translation>Ce rapport va dans le presse-papiers pour que vous le colliez dans un message au support. Clés, mots de passe et jetons sont retirés ; relisez-le avant de l’envoyer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Collecting… the doctor checks both servers, which can take a few seconds.</source>
        <translation>Collecte… le diagnostic vérifie les deux serveurs, ce qui peut prendre quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/report_dialog.py" line="+19" />
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copied to the clipboard. Secrets (keys, passwords, tokens) were removed.</source>
        <translation>Copié dans le presse-papiers. Les secrets (clés, mots de passe, jetons) ont été retirés.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../desktop_app/admin/doctor.py" line="+68" />
        <source>Medusa is reachable</source>
        <translation>Medusa est joignable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload is reachable</source>
        <translation>Payload est joignable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa accepts the credentials</source>
        <translation>Medusa accepte les identifiants</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload accepts the API key</source>
        <translation>Payload accepte la clé d’API</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa has the Payload sync route</source>
        <translation>Medusa a la route de synchro Payload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload's products collection has the integration's fields</source>
        <translation>La collection des produits de Payload a les champs de l’intégration</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Payload refuses anonymous product creation</source>
        <translation>Payload refuse la création anonyme de produits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New products get their Payload document</source>
        <translation>Les nouveaux produits reçoivent leur document Payload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clocks agree</source>
        <translation>Les horloges concordent</translation>
    </message>
    <message>
        <location line="+106" />
        <location line="+40" />
        <source>No answer from {url} ({error}).</source>
        <translation>Aucune réponse de {url} ({error}).</translation>
    </message>
    <message>
        <location line="-37" />
        <source>Start Medusa, or correct the Medusa URL in the profile.</source>
        <translation>Démarrez Medusa ou corrigez l’URL de Medusa dans le profil.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{url}/health answered {status}.</source>
        <translation>{url}/health a répondu {status}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Medusa URL must be the server's root (e.g. https://shop:9000), without a path.</source>
        <translation>L’URL de Medusa doit être la racine du serveur (par ex. https://shop:9000), sans chemin.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{url} is healthy.</source>
        <translation>{url} est en bonne santé.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Start Payload, or correct the Payload URL in the profile.</source>
        <translation>Démarrez Payload ou corrigez l’URL de Payload dans le profil.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{url} answered {status}, not Payload's account reply.</source>
        <translation>{url} a répondu {status}, pas la réponse de compte de Payload.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Payload URL must be the server's origin (Payload's REST API lives under /api), and the user collection must be right (usually 'users').</source>
        <translation>L’URL de Payload doit être l’origine du serveur (l’API REST de Payload se trouve sous /api), et la collection des utilisateurs doit être la bonne (en général 'users').</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{url} answers.</source>
        <translation>{url} répond.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No credentials.</source>
        <translation>Aucun identifiant.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the Medusa password or secret key in the profile's settings.</source>
        <translation>Enregistrez le mot de passe ou la clé secrète de Medusa dans les paramètres du profil.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Enter a valid admin e-mail and password, or a secret API key (sk_…) created in Medusa admin → Settings → Secret API Keys.</source>
        <translation>Saisissez une adresse e-mail et un mot de passe d’administrateur valides, ou une clé d’API secrète (sk_…) créée dans Medusa admin → Settings → Secret API Keys.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Check that the Medusa URL points at the Medusa server.</source>
        <translation>Vérifiez que l’URL de Medusa pointe vers le serveur Medusa.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed in to the admin API.</source>
        <translation>Connecté à l’API d’administration.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No API key.</source>
        <translation>Aucune clé d’API.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the Payload API key in the profile's settings.</source>
        <translation>Enregistrez la clé d’API de Payload dans les paramètres du profil.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>In Payload admin, open your user, tick 'Enable API Key', copy the key and save it in the profile. Payload treats an unknown key as anonymous.</source>
        <translation>Dans Payload admin, ouvrez votre utilisateur, cochez 'Enable API Key', copiez la clé et enregistrez-la dans le profil. Payload traite une clé inconnue comme anonyme.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Check the Payload URL and the user collection setting.</source>
        <translation>Vérifiez l’URL de Payload et le réglage de la collection des utilisateurs.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The key belongs to {email}.</source>
        <translation>La clé appartient à {email}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The key belongs to user {id}.</source>
        <translation>La clé appartient à l’utilisateur {id}.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>OPTIONS {path} lists {allow} (probed without triggering).</source>
        <translation>OPTIONS {path} indique {allow} (sondé sans déclencher).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Medusa has no {path} route.</source>
        <translation>Medusa n’a pas de route {path}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the Payload integration's admin route ({file}) in Medusa and restart it; without it products can only reach Payload when they are created.</source>
        <translation>Installez la route d’administration de l’intégration Payload ({file}) dans Medusa et redémarrez-le ; sans elle, les produits n’arrivent dans Payload qu’à leur création.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>OPTIONS {path} answered {status}; could not tell.</source>
        <translation>OPTIONS {path} a répondu {status} ; impossible de conclure.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the Medusa URL and credentials, then run the doctor again.</source>
        <translation>Vérifiez l’URL et les identifiants de Medusa, puis relancez le diagnostic.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>GET /api/access answered {status}; could not inspect fields.</source>
        <translation>GET /api/access a répondu {status} ; impossible d’examiner les champs.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the Payload URL and API key.</source>
        <translation>Vérifiez l’URL et la clé d’API de Payload.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Payload has no 'products' collection (or the key's user cannot read it).</source>
        <translation>Payload n’a pas de collection 'products' (ou l’utilisateur de la clé ne peut pas la lire).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add the integration's Products collection to payload.config.ts.</source>
        <translation>Ajoutez la collection Products de l’intégration à payload.config.ts.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All fields readable.</source>
        <translation>Tous les champs sont lisibles.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Missing fields: {fields}.</source>
        <translation>Champs manquants : {fields}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the integration's Products collection ({fields}).</source>
        <translation>Utilisez la collection Products de l’intégration ({fields}).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All expected fields present; looks like integration version B (relationship options).</source>
        <translation>Tous les champs attendus sont présents ; cela ressemble à la version B de l’intégration (options en relations).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All expected fields present; looks like integration version A (inline options).</source>
        <translation>Tous les champs attendus sont présents ; cela ressemble à la version A de l’intégration (options intégrées).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Restrict the products collection's create and delete access to an authenticated integration user as well as ?is_from_medusa (the official example allows anyone who adds ?is_from_medusa).</source>
        <translation>Limitez la création et la suppression dans la collection des produits à un utilisateur d’intégration authentifié en plus de ?is_from_medusa (l’exemple officiel l’autorise à quiconque ajoute ?is_from_medusa).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>An anonymous create with ?is_from_medusa was refused ({status}).</source>
        <translation>Une création anonyme avec ?is_from_medusa a été refusée ({status}).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Anyone who adds ?is_from_medusa may create and delete products: the probe got past access control to validation (400).</source>
        <translation>Quiconque ajoute ?is_from_medusa peut créer et supprimer des produits : la sonde a passé le contrôle d’accès jusqu’à la validation (400).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>An anonymous create was accepted (doc {id}); delete it in Payload admin.</source>
        <translation>Une création anonyme a été acceptée (document {id}) ; supprimez-le dans Payload admin.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The probe answered {status}; could not tell.</source>
        <translation>La sonde a répondu {status} ; impossible de conclure.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the Payload URL, then run the doctor again.</source>
        <translation>Vérifiez l’URL de Payload, puis relancez le diagnostic.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No server sent a Date header.</source>
        <translation>Aucun serveur n’a envoyé d’en-tête Date.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Server time minus this computer's: {skews}.</source>
        <translation>Heure du serveur moins celle de cet ordinateur : {skews}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Turn on automatic time (NTP) on this computer and on the servers; a wrong clock breaks sign-in renewal and change detection by timestamp.</source>
        <translation>Activez l’heure automatique (NTP) sur cet ordinateur et sur les serveurs ; une horloge fausse perturbe le renouvellement de la connexion et la détection des changements par horodatage.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No product older than two minutes to look at.</source>
        <translation>Aucun produit de plus de deux minutes à examiner.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>The %Ln newest products all have their Payload document.</source>
        <translation>
            <numerusform>Le %Ln produit le plus récent a son document Payload.</numerusform>
            <numerusform>Les %Ln produits les plus récents ont tous leur document Payload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>{missing} of the %Ln newest products never got a Payload document: {names}. Until it exists the app shows them as waiting for Payload, and their content (description, SEO, images) waits in the outbox.</source>
        <translation>
            <numerusform>Toujours sans document Payload : {missing} sur le %Ln produit le plus récent ({names}). Tant qu’il n’existe pas, l’application les montre en attente de Payload, et leur contenu (description, SEO, images) attend dans la file d’envoi.</numerusform>
            <numerusform>Toujours sans document Payload : {missing} sur les %Ln produits les plus récents ({names}). Tant qu’il n’existe pas, l’application les montre en attente de Payload, et leur contenu (description, SEO, images) attend dans la file d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>The integration makes the document when Medusa emits product.created: check that Medusa's worker runs and can reach Payload (the Payload URL and API key in Medusa's environment, and Medusa's log for payload errors); then copy what is missing with Sync products (admin panel, or desktop-app sync products).</source>
        <translation>L’intégration crée le document quand Medusa émet product.created : vérifiez que le worker de Medusa tourne et joint Payload (l’URL et la clé d’API de Payload dans l’environnement de Medusa, et le journal de Medusa pour les erreurs payload) ; copiez ensuite ce qui manque avec Sync products (panneau d’administration, ou desktop-app sync products).</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Medusa is not reachable.</source>
        <translation>Medusa n’est pas joignable.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+28" />
        <source>Payload is not reachable.</source>
        <translation>Payload n’est pas joignable.</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Needs working Medusa credentials.</source>
        <translation>Nécessite des identifiants Medusa valides.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Needs a working Payload API key.</source>
        <translation>Nécessite une clé d’API Payload valide.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Needs working credentials for both servers.</source>
        <translation>Nécessite des identifiants valides pour les deux serveurs.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The probe failed: {error}</source>
        <translation>La sonde a échoué : {error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run the doctor again; if it persists, check the server's log.</source>
        <translation>Relancez le diagnostic ; si le problème persiste, consultez le journal du serveur.</translation>
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
        <translation>alerte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/admin/doctor_panel.py" line="+44" />
        <source>The %Ln check passed ({skipped} skipped).|All %Ln checks passed ({skipped} skipped).</source>
        <translation>
            <numerusform>Le %Ln contrôle a réussi (ignorés : {skipped}).</numerusform>
            <numerusform>Les %Ln contrôles ont réussi (ignorés : {skipped}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The %Ln check passed.|All %Ln checks passed.</source>
        <translation>
            <numerusform>Le %Ln contrôle a réussi.</numerusform>
            <numerusform>Les %Ln contrôles ont réussi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Healthy</source>
        <translation>En bonne santé</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln check(s) failed, {warnings}.</source>
        <translation>
            <numerusform>%Ln contrôle en échec, {warnings}.</numerusform>
            <numerusform>%Ln contrôles en échec, {warnings}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln alerte</numerusform>
            <numerusform>%Ln alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln check(s) failed.</source>
        <translation>
            <numerusform>%Ln contrôle en échec.</numerusform>
            <numerusform>%Ln contrôles en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>%Ln alerte.</numerusform>
            <numerusform>%Ln alertes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Needs attention</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each card below says how to fix it.</source>
        <translation>Chaque carte ci-dessous indique comment corriger.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>How to fix: {fix}</source>
        <translation>Pour corriger : {fix}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{status}: {title}</source>
        <translation>{status} : {title}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Deployment doctor — {shop}</source>
        <translation>Diagnostic du déploiement — {shop}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>These checks only read, or send requests the servers must refuse; nothing is created or changed.</source>
        <translation>Ces contrôles ne font que lire, ou envoient des requêtes que les serveurs doivent refuser ; rien n’est créé ni modifié.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Deployment doctor</source>
        <translation>Diagnostic du déploiement</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Re-run</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run every check again; Tab goes on to each check's card</source>
        <translation>Relancer toutes les vérifications ; Tab passe ensuite à la carte de chacune</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Probing both servers (read-only)…</source>
        <translation>Sondage des deux serveurs (lecture seule)…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The doctor could not run</source>
        <translation>Le diagnostic n’a pas pu s’exécuter</translation>
    </message>
</context>
<context>
    <name>DraftOverwrite</name>
    <message>
        <location filename="../../desktop_app/exchange/draft_overwrite.py" line="+30" />
        <source>Sent, over a draft someone else saved meanwhile: theirs is kept in the product's timeline (restore it there if it should win).</source>
        <translation>Envoyé, par-dessus un brouillon qu’une autre personne a enregistré entre-temps : le sien reste dans l’historique du produit (restaurez-le là s’il doit l’emporter).</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/offline/values.py" line="+96" />
        <source>Choose one of: {statuses}.</source>
        <translation>Choisissez l’un de ces statuts : {statuses}.</translation>
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
        <translation>Titre</translation>
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
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+2" />
        <source>Barcode</source>
        <translation>Code-barres</translation>
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
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Manage inventory</source>
        <translation>Gérer le stock</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+1" />
        <source>Allow backorder</source>
        <translation>Autoriser les commandes en rupture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="+1" />
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+4" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+3" />
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/field_names.py" line="+1" />
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+60" />
        <source>Categories</source>
        <translation>Catégories</translation>
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
        <translation>Canaux de vente</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-9" />
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+6" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-15" />
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="-129" />
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="-9" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+7" />
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+9" />
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="+98" />
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="+27" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../desktop_app/ui/offline/term_pickers.py" line="+217" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>{variant} at {location}</source>
        <translation>{variant} à {location}</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../desktop_app/ui/offline/values.py" line="-46" />
        <source>Metadata · {key}</source>
        <translation>Métadonnées · {key}</translation>
    </message>
    <message>
        <location line="+20" />
        <location filename="../../desktop_app/ui/offline/values.py" line="+12" />
        <source>(no prices)</source>
        <translation>(aucun prix)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../desktop_app/ui/offline/values.py" line="-3" />
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/offline/values.py" line="+9" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/values.py" line="-21" />
        <source>Variant {title} · {field}</source>
        <translation>Variante {title} · {field}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>(rich text)</source>
        <translation>(texte enrichi)</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_filters.py" line="+25" />
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="+1" />
        <source>category {names}</source>
        <translation>catégorie {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All collections</source>
        <translation>Toutes les collections</translation>
    </message>
    <message>
        <location line="+1" />
        <source>collection {names}</source>
        <translation>collection {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>Tous les tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tag {names}</source>
        <translation>tag {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+1" />
        <source>type {names}</source>
        <translation>type {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All sales channels</source>
        <translation>Tous les canaux de vente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sales channel {names}</source>
        <translation>canal de vente {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any stock</source>
        <translation>Tout stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Out of stock</source>
        <translation>En rupture</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low stock (1–{low})</source>
        <translation>Stock bas (1–{low})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>out of stock</source>
        <translation>en rupture</translation>
    </message>
    <message>
        <location line="+1" />
        <source>low stock (1–{low} available)</source>
        <translation>stock bas (1–{low} disponibles)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Available stock: stocked minus reserved, over every variant and location whose stock Medusa manages</source>
        <translation>Stock disponible : stock moins réservations, sur toutes les variantes et tous les emplacements dont Medusa gère le stock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/completeness_filter.py" line="+19" />
        <source>Any score</source>
        <translation>Tout score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score 100%</source>
        <translation>Score 100 %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score under 100%</source>
        <translation>Score sous 100 %</translation>
    </message>
    <message>
        <location line="+8" />
        <source>complete content</source>
        <translation>contenu complet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>incomplete content</source>
        <translation>contenu incomplet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failing “{rule}”</source>
        <translation>échouant à « {rule} »</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Completeness: the share of the shop's content rules a product passes (Quality dashboard for the rules)</source>
        <translation>Complétude : la part des règles de contenu de la boutique que respecte un produit (règles dans le tableau de bord Qualité)</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+21" />
        <source>Fails: {rule}</source>
        <translation>Échoue : {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/locale_choice.py" line="+17" />
        <source>Score: default</source>
        <translation>Score : par défaut</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Score: {locale}</source>
        <translation>Score : {locale}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The locale whose content the Score column and the completeness filter judge: its description and SEO, and whether it is translated</source>
        <translation>La langue dont le contenu est jugé par la colonne Score et le filtre de complétude : sa description et son SEO, et s’il est traduit</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_app/ui/formatting.py" line="+18" />
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✓ Linked</source>
        <translation>✓ Lié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Last changed in {server}: {time}</source>
        <translation>Dernière modification dans {server} : {time}</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message numerus="yes">
        <location filename="../../desktop_app/grid/session.py" line="+51" />
        <source>{step}: %Ln cell(s)</source>
        <translation>
            <numerusform>{step} : %Ln cellule</numerusform>
            <numerusform>{step} : %Ln cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{summary}, %Ln with an error|{summary}, %Ln with errors</source>
        <translation>
            <numerusform>{summary}, %Ln avec une erreur</numerusform>
            <numerusform>{summary}, %Ln avec des erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{summary}, %Ln read-only left as it is|{summary}, %Ln read-only left as they are</source>
        <translation>
            <numerusform>{summary}, %Ln en lecture seule laissée telle quelle</numerusform>
            <numerusform>{summary}, %Ln en lecture seule laissées telles quelles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+126" />
        <location filename="../../desktop_app/ui/grid/model.py" line="+258" />
        <source>Edit</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location line="+101" />
        <location line="+13" />
        <location filename="../../desktop_app/ui/grid/window.py" line="+164" />
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Fill down</source>
        <translation>Recopier vers le bas</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Replace “{find}” with “{replacement}”</source>
        <translation>Remplacer « {find} » par « {replacement} »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/grid/view_order.py" line="+76" />
        <source>An empty filter shows every row: clear it instead.</source>
        <translation>Un filtre vide affiche toutes les lignes : effacez-le plutôt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“{typed}”: filter {column} by yes or no.</source>
        <translation>« {typed} » : filtrez {column} par oui ou non.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>“{typed}” is no number filter for {column}: try &gt;10, &lt;=5, 10..20, =0, empty or !empty.</source>
        <translation>« {typed} » n’est pas un filtre numérique pour {column} : essayez &gt;10, &lt;=5, 10..20, =0, empty ou !empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/editing.py" line="+75" />
        <location filename="../../desktop_app/ui/grid/window.py" line="+8" />
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/model.py" line="-67" />
        <source>Changed from “{before}”: not saved yet.</source>
        <translation>Modifié depuis « {before} » : pas encore enregistré.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changed from empty: not saved yet.</source>
        <translation>Vide auparavant : pas encore enregistré.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Click to fold or unfold the product's variants.</source>
        <translation>Cliquez pour replier ou déplier les variantes du produit.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln variant(s)</source>
        <translation>
            <numerusform>%Ln variante</numerusform>
            <numerusform>%Ln variantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>{shown} of %Ln variant(s)</source>
        <translation>
            <numerusform>{shown} sur %Ln variante</numerusform>
            <numerusform>{shown} sur %Ln variantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53" />
        <source>{tip}
Filtered: {filter}</source>
        <translation>{tip}
Filtré : {filter}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/grid/opening.py" line="+21" />
        <source>%Ln product(s) selected</source>
        <translation>
            <numerusform>%Ln produit sélectionné</numerusform>
            <numerusform>%Ln produits sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>All %Ln product(s)</source>
        <translation>
            <numerusform>Tous les produits (%Ln)</numerusform>
            <numerusform>Tous les %Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln product(s) matching “{text}”</source>
        <translation>
            <numerusform>%Ln produit correspondant à « {text} »</numerusform>
            <numerusform>%Ln produits correspondant à « {text} »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln product(s) of the filtered list</source>
        <translation>
            <numerusform>%Ln produit de la liste filtrée</numerusform>
            <numerusform>%Ln produits de la liste filtrée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/window.py" line="-82" />
        <source>Grid — {scope}</source>
        <translation>Grille — {scope}</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Variant grid</source>
        <translation>Grille des variantes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants, prices and stock: typing replaces a cell, Tab goes to the next cell, Ctrl+Tab leaves the grid; Shift+F10 sorts or filters the current column</source>
        <translation>Variantes, prix et stock : la saisie remplace une cellule, Tab passe à la cellule suivante, Ctrl+Tab quitte la grille ; Maj+F10 trie ou filtre la colonne actuelle</translation>
    </message>
    <message>
        <location line="+10" />
        <source>F8 goes to the next one</source>
        <translation>F8 passe à la suivante</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Undo the last step</source>
        <translation>Annuler la dernière étape</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Redo the step undone</source>
        <translation>Rétablir l’étape annulée</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the selection as tab-separated text</source>
        <translation>Copier la sélection en texte séparé par des tabulations</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Paste tab-separated text from a spreadsheet</source>
        <translation>Coller du texte séparé par des tabulations depuis un tableur</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fill down</source>
        <comment>toolbar</comment>
        <translation>Recopier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy each selected column's first cell into the cells below it</source>
        <translation>Copier la première cellule de chaque colonne choisie dans les cellules en dessous</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Empty the selected cells (removes prices)</source>
        <translation>Vider les cellules choisies (supprime les prix)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Find and replace within a column</source>
        <translation>Rechercher et remplacer dans une colonne</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Formula…</source>
        <translation>Formule…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>+/− %, add an amount, round to .99, or set to another column, on the selected cells</source>
        <translation>+/− %, ajouter un montant, arrondir à ,99 ou reprendre une autre colonne, sur les cellules choisies</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Variants under their product (folding), or one flat list</source>
        <translation>Les variantes sous leur produit (repliables) ou une liste simple</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show only the products' header lines</source>
        <translation>N’afficher que les lignes d’en-tête des produits</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show every variant</source>
        <translation>Afficher toutes les variantes</translation>
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
        <translation>oui ou non</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a part of it, =whole text, !not containing, empty</source>
        <translation>une partie, =texte entier, !ne contenant pas, empty</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Filter {column}</source>
        <translation>Filtrer {column}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Sort ascending</source>
        <translation>Trier par ordre croissant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sort descending</source>
        <translation>Trier par ordre décroissant</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Load order (no sort)</source>
        <translation>Ordre de chargement (sans tri)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear this filter</source>
        <translation>Effacer ce filtre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hide {column}</source>
        <translation>Masquer {column}</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../desktop_app/ui/grid/window.py" line="+3" />
        <source>Columns…</source>
        <translation>Colonnes…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/window.py" line="+1" />
        <source>Choose and order the columns (remembered for this shop)</source>
        <translation>Choisir et ordonner les colonnes (mémorisé pour cette boutique)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next problem</source>
        <translation>Problème suivant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the next cell that needs attention</source>
        <translation>Aller à la prochaine cellule qui demande votre attention</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review changes…</source>
        <translation>Vérifier les modifications…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See what the changes amount to, then save them to the outbox</source>
        <translation>Voir ce que représentent les modifications, puis les enregistrer dans la boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/saving.py" line="+77" />
        <source>Nothing to save: the changed cells all have errors.</source>
        <translation>Rien à enregistrer : toutes les cellules modifiées ont des erreurs.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Grid edit</source>
        <translation>Modification de grille</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing saved: {reason} The cells stay in the grid; check them and save again.</source>
        <translation>Rien d’enregistré : {reason} Les cellules restent dans la grille ; vérifiez-les et enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{cells} in {products}</source>
        <translation>{cells} dans {products}</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln cell(s)</source>
        <translation>
            <numerusform>%Ln cellule</numerusform>
            <numerusform>%Ln cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln produit</numerusform>
            <numerusform>%Ln produits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved {what} to the outbox (grid edit #{id})</source>
        <translation>{what} enregistrées dans la boîte d’envoi (modification de grille n° {id})</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{saved}; the cells of %Ln product changed elsewhere since stay in the grid (check them, save again)|{saved}; the cells of %Ln products changed elsewhere since stay in the grid (check them, save again)</source>
        <translation>
            <numerusform>{saved} ; les cellules de %Ln produit modifié ailleurs entre-temps restent dans la grille (vérifiez-les, enregistrez à nouveau)</numerusform>
            <numerusform>{saved} ; les cellules de %Ln produits modifiés ailleurs entre-temps restent dans la grille (vérifiez-les, enregistrez à nouveau)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>{saved}; %Ln cell with an error stays in the grid|{saved}; %Ln cells with errors stay in the grid</source>
        <translation>
            <numerusform>{saved} ; %Ln cellule avec une erreur reste dans la grille</numerusform>
            <numerusform>{saved} ; %Ln cellules avec des erreurs restent dans la grille</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>{saved}. Push sends them.</source>
        <translation>{saved}. « Envoyer » les envoie.</translation>
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
        <translation>Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Undo grid edit #{id} ({what})?

Its edits still waiting to be sent are dropped; values it already changed on the servers are set back to what they were.</source>
        <translation>Annuler la modification de grille n° {id} ({what}) ?

Ses modifications pas encore envoyées sont abandonnées ; les valeurs déjà changées sur les serveurs reprennent leur état précédent.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Pushing… conflicts and refusals appear on their cells.</source>
        <translation>Envoi en cours… les conflits et refus apparaissent sur leurs cellules.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pushing…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/window.py" line="-23" />
        <source>Group by product</source>
        <comment>toolbar</comment>
        <translation>Grouper</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fold all</source>
        <comment>toolbar</comment>
        <translation>Replier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unfold all</source>
        <comment>toolbar</comment>
        <translation>Déplier</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Undo last save</source>
        <comment>toolbar</comment>
        <translation>Annuler l’enregistrement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the last save back out of the outbox (or set the servers back)</source>
        <translation>Retirer le dernier enregistrement de la boîte d’envoi (ou remettre les serveurs en l’état)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Push</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Send the outbox to Medusa</source>
        <translation>Envoyer la boîte d’envoi à Medusa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Column menu</source>
        <translation>Menu de la colonne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sort, filter or hide the current cell's column</source>
        <translation>Trier, filtrer ou masquer la colonne de la cellule actuelle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Undo {step} (Ctrl+Z)</source>
        <translation>Annuler {step} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redo {step} (Ctrl+Shift+Z)</source>
        <translation>Rétablir {step} (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This shop has no servers connected here: the outbox is sent by the main window's Push.</source>
        <translation>Cette boutique n’a pas de serveurs connectés ici : la boîte d’envoi part avec « Envoyer » de la fenêtre principale.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln cell(s) changed, not saved</source>
        <translation>
            <numerusform>%Ln cellule modifiée, non enregistrée</numerusform>
            <numerusform>%Ln cellules modifiées, non enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln cell needs attention|%Ln cells need attention</source>
        <translation>
            <numerusform>%Ln cellule demande votre attention</numerusform>
            <numerusform>%Ln cellules demandent votre attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln cell(s) in conflict or refused</source>
        <translation>
            <numerusform>%Ln cellule en conflit ou refusée</numerusform>
            <numerusform>%Ln cellules en conflit ou refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>{scope} · %Ln variant(s)</source>
        <translation>
            <numerusform>{scope} · %Ln variante</numerusform>
            <numerusform>{scope} · %Ln variantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reading products… {read} of {total}</source>
        <translation>Lecture des produits… {read} sur {total}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sorting…</source>
        <translation>Tri en cours…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Filtered: {filters} — %Ln variant(s) shown {clear}</source>
        <translation>
            <numerusform>Filtré : {filters} — %Ln variante affichée {clear}</numerusform>
            <numerusform>Filtré : {filters} — %Ln variantes affichées {clear}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Undone: {step}</source>
        <translation>Annulé : {step}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redone: {step}</source>
        <translation>Rétabli : {step}</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>Copied %Ln cell(s)</source>
        <translation>
            <numerusform>%Ln cellule copiée</numerusform>
            <numerusform>%Ln cellules copiées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing to paste, or no cell to paste on.</source>
        <translation>Rien à coller, ou aucune cellule où coller.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Select the cells to fill, with the value on top.</source>
        <translation>Sélectionnez les cellules à remplir, avec la valeur en haut.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>{step}.</source>
        <translation>{step}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No cell matched.</source>
        <translation>Aucune cellule ne correspond.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Select the cells to apply a formula to.</source>
        <translation>Sélectionnez les cellules auxquelles appliquer une formule.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Unsaved grid changes</source>
        <translation>Modifications de grille non enregistrées</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln changed cell is not saved to the outbox.|%Ln changed cells are not saved to the outbox.</source>
        <translation>
            <numerusform>%Ln cellule modifiée n’est pas enregistrée dans la boîte d’envoi.</numerusform>
            <numerusform>%Ln cellules modifiées ne sont pas enregistrées dans la boîte d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Review changes saves them; Discard closes the grid without.</source>
        <translation>« Vérifier les modifications » les enregistre ; « Abandonner » ferme la grille sans elles.</translation>
    </message>
</context>
<context>
    <name>GridCells</name>
    <message>
        <location filename="../../desktop_app/grid/cells.py" line="+115" />
        <source>“{text}” is not yes or no.</source>
        <translation>« {text} » n’est ni oui ni non.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{text}” is not a status ({statuses}).</source>
        <translation>« {text} » n’est pas un statut ({statuses}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{column} cannot be edited here.</source>
        <translation>{column} ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The store does not sell {currency}; add the currency to the store in Medusa first.</source>
        <translation>La boutique ne vend pas en {currency} ; ajoutez d’abord la devise à la boutique dans Medusa.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stock needs a number (0 for none).</source>
        <translation>Le stock doit être un nombre (0 pour aucun).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stock is a whole number.</source>
        <translation>Le stock est un nombre entier.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stock cannot be negative.</source>
        <translation>Le stock ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>en</source>
        <comment>the language code to name a locale in: de, fr</comment>
        <translation>fr</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{text}” is not a number in {locale} (the decimal sign is “{decimal}”).</source>
        <translation>« {text} » n’est pas un nombre en {locale} (le séparateur décimal est « {decimal} »).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop_app/grid/formulas.py" line="+75" />
        <location filename="../../desktop_app/grid/rows.py" line="+92" />
        <source>{column} is not edited in the grid.</source>
        <translation>{column} ne se modifie pas dans la grille.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/grid/problems.py" line="+51" />
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conflict: {message}</source>
        <translation>Conflit : {message}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused: {message}</source>
        <translation>Refusé : {message}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Locked: {message}</source>
        <translation>Verrouillé : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/grid/rows.py" line="+3" />
        <source>Not in Medusa yet: edit it in the product editor until the push creates it.</source>
        <translation>Pas encore dans Medusa : modifiez-le dans l’éditeur de produit jusqu’à ce que l’envoi le crée.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Medusa does not manage this variant's stock (Manage inventory is off).</source>
        <translation>Medusa ne gère pas le stock de cette variante (« Gérer le stock » est désactivé).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/grid/session.py" line="+81" />
        <source>Another variant of the shop has the SKU “{sku}”.</source>
        <translation>Une autre variante de la boutique a le SKU « {sku} ».</translation>
    </message>
</context>
<context>
    <name>GridColumns</name>
    <message>
        <location filename="../../desktop_app/grid/columns.py" line="+56" />
        <source>Product</source>
        <translation>Produit</translation>
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
        <translation>Code-barres</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manage inventory</source>
        <translation>Gérer le stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allow backorder</source>
        <translation>Autoriser les commandes en rupture</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Price {currency}</source>
        <translation>Prix {currency}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{region} ({currency})</source>
        <translation>{region} ({currency})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stock {location}</source>
        <translation>Stock {location}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/model.py" line="+19" />
        <source>{column}: not edited in the grid.</source>
        <translation>{column} : non modifiable dans la grille.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{column}: an amount in the locale's number format; empty removes the price.</source>
        <translation>{column} : un montant au format numérique de la langue ; vide supprime le prix.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{column}: stocked quantity at this location (a whole number, 0 for none).</source>
        <translation>{column} : quantité en stock à cet emplacement (un nombre entier, 0 pour aucun).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{column}: yes or no.</source>
        <translation>{column} : oui ou non.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{column}: the product's status (one for all its variants).</source>
        <translation>{column} : le statut du produit (un pour toutes ses variantes).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{column}: text.</source>
        <translation>{column} : texte.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{column}: the store does not sell {currency}; its prices can be removed here.</source>
        <translation>{column} : la boutique ne vend pas en {currency} ; ses prix peuvent être supprimés ici.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{column}: unique across the shop.</source>
        <translation>{column} : unique dans toute la boutique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/column_chooser.py" line="+40" />
        <source>Grid columns</source>
        <translation>Colonnes de la grille</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tick the columns to show; drag them into the order you want. Product and Variant always come first.</source>
        <translation>Cochez les colonnes à afficher ; faites-les glisser dans l’ordre voulu. Produit et Variante viennent toujours en premier.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Space shows or hides the current column; Ctrl+Up and Ctrl+Down move it</source>
        <translation>Espace affiche ou masque la colonne actuelle ; Ctrl+Haut et Ctrl+Bas la déplacent</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick the grid's usual columns in their usual order</source>
        <translation>Cocher les colonnes habituelles de la grille dans leur ordre habituel</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show the ticked columns in this order (remembered for this shop)</source>
        <translation>Afficher les colonnes cochées dans cet ordre (mémorisé pour cette boutique)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep the columns as they are</source>
        <translation>Garder les colonnes telles quelles</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Always shown, kept in view when the grid scrolls right.</source>
        <translation>Toujours affichée, reste visible quand la grille défile vers la droite.</translation>
    </message>
</context>
<context>
    <name>GridFormula</name>
    <message>
        <location filename="../../desktop_app/grid/formulas.py" line="-22" />
        <source>round to {ending}</source>
        <translation>arrondir à {ending}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>set to {column}</source>
        <translation>reprendre {column}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{formula} needs a price or stock column, not {column}.</source>
        <translation>{formula} demande une colonne de prix ou de stock, pas {column}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{formula} applies to prices only.</source>
        <translation>{formula} ne s’applique qu’aux prix.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/formula_dialog.py" line="+42" />
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Apply to the %Ln selected cell(s). Cells a formula does not fit (a percentage on a SKU, say) are left as they are.</source>
        <translation>
            <numerusform>Appliquer à la %Ln cellule choisie. Les cellules auxquelles une formule ne convient pas (un pourcentage sur un SKU, par exemple) restent telles quelles.</numerusform>
            <numerusform>Appliquer aux %Ln cellules choisies. Les cellules auxquelles une formule ne convient pas (un pourcentage sur un SKU, par exemple) restent telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Change by percent</source>
        <translation>Changer d’un pourcentage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add an amount</source>
        <translation>Ajouter un montant</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Round prices to</source>
        <translation>Arrondir les prix à</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set to the value of</source>
        <translation>Reprendre la valeur de</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Apply the formula to the selected cells: one step Undo takes back</source>
        <translation>Appliquer la formule aux cellules sélectionnées : une étape qu’Annuler reprend</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back to the grid without changing a cell</source>
        <translation>Retour à la grille sans modifier de cellule</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prices and amounts change by a percentage; the arrow keys pick another formula</source>
        <translation>Les prix et montants changent d’un pourcentage ; les flèches choisissent une autre formule</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A percentage such as +10 or −5; typing here picks Change by percent</source>
        <translation>Un pourcentage comme +10 ou −5 ; saisir ici choisit « Changer d’un pourcentage »</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An amount is added to each cell (or, with −, taken off)</source>
        <translation>Un montant est ajouté à chaque cellule (ou, avec −, retiré)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An amount such as +1 or −0.50; typing here picks Add an amount</source>
        <translation>Un montant comme +1 ou −0,50 ; saisir ici choisit « Ajouter un montant »</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prices are rounded to end in these cents</source>
        <translation>Les prix sont arrondis pour finir par ces centimes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The ending the prices are rounded to</source>
        <translation>La terminaison à laquelle les prix sont arrondis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each cell takes the value of another column in its row</source>
        <translation>Chaque cellule prend la valeur d’une autre colonne de sa ligne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The column the values are taken from</source>
        <translation>La colonne d’où viennent les valeurs</translation>
    </message>
    <message>
        <location line="+22" />
        <source>“{text}” is no percentage in this locale.</source>
        <translation>« {text} » n’est pas un pourcentage dans cette langue.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{text}” is no amount in this locale.</source>
        <translation>« {text} » n’est pas un montant dans cette langue.</translation>
    </message>
</context>
<context>
    <name>GridReplace</name>
    <message>
        <location filename="../../desktop_app/ui/grid/replace_dialog.py" line="+39" />
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location line="+14" />
        <source>nothing: the text found is removed</source>
        <translation>rien : le texte trouvé est supprimé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Whole cell only</source>
        <translation>Cellule entière seulement</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Only the %Ln selected row(s)</source>
        <translation>
            <numerusform>Seulement la %Ln ligne choisie</numerusform>
            <numerusform>Seulement les %Ln lignes choisies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>The column whose cells are searched</source>
        <translation>La colonne dont les cellules sont parcourues</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The text to look for in its cells</source>
        <translation>Le texte à chercher dans ses cellules</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tell capital and small letters apart</source>
        <translation>Distinguer majuscules et minuscules</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace only where the text found is the whole cell</source>
        <translation>Remplacer seulement là où le texte trouvé est toute la cellule</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave the rows not selected as they are</source>
        <translation>Laisser telles quelles les lignes non sélectionnées</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In column</source>
        <translation>Dans la colonne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Replace in every matching cell of the column: one step Undo takes back</source>
        <translation>Remplacer dans chaque cellule correspondante de la colonne : une étape qu’Annuler reprend</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Back to the grid; what was replaced stays there until it is saved</source>
        <translation>Retour à la grille ; ce qui a été remplacé y reste jusqu’à l’enregistrement</translation>
    </message>
</context>
<context>
    <name>GridReview</name>
    <message numerus="yes">
        <location filename="../../desktop_app/grid/review.py" line="+41" />
        <source>%Ln cell changes|%Ln cells change</source>
        <translation>
            <numerusform>%Ln cellule change</numerusform>
            <numerusform>%Ln cellules changent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln produit</numerusform>
            <numerusform>%Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln variant(s)</source>
        <translation>
            <numerusform>%Ln variante</numerusform>
            <numerusform>%Ln variantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>{cells} in {products} ({variants})</source>
        <translation>{cells} dans {products} ({variants})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{cells} in {products} ({variants}); {errors}</source>
        <translation>{cells} dans {products} ({variants}) ; {errors}</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln cell has an error and stays in the grid|%Ln cells have errors and stay in the grid</source>
        <translation>
            <numerusform>%Ln cellule a une erreur et reste dans la grille</numerusform>
            <numerusform>%Ln cellules ont des erreurs et restent dans la grille</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/grid/review_dialog.py" line="+38" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+5" />
        <source>Review changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Largest price moves</source>
        <translation>Plus fortes variations de prix</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No existing price changes by a percentage.</source>
        <translation>Aucun prix existant ne change d’un pourcentage.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saving puts the changes in the outbox as one edit you can undo; Push sends them to Medusa.</source>
        <translation>L’enregistrement place les modifications dans la boîte d’envoi comme une seule modification annulable ; « Envoyer » les envoie à Medusa.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save to outbox</source>
        <translation>Enregistrer dans la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Back to the grid; the changes stay there, not saved</source>
        <translation>Retour à la grille ; les modifications y restent, non enregistrées</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cells changed</source>
        <translation>Cellules modifiées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products touched</source>
        <translation>Produits concernés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prices added</source>
        <translation>Prix ajoutés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prices removed</source>
        <translation>Prix supprimés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stock levels</source>
        <translation>Niveaux de stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other cells</source>
        <translation>Autres cellules</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cells with errors (stay)</source>
        <translation>Cellules avec erreurs (restent)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/help_menu.py" line="-14" />
        <location filename="../../desktop_app/ui/keyboard.py" line="+123" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>InlinePrompt</name>
    <message>
        <location filename="../../desktop_app/ui/offline/inline_prompt.py" line="+73" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../desktop_app/ui/keyboard.py" line="-23" />
        <source>Go to the product list</source>
        <translation>Aller à la liste des produits</translation>
    </message>
    <message>
        <location line="+8" />
        <source>More toolbar buttons</source>
        <translation>Autres boutons de la barre d’outils</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The toolbar buttons a narrow window has no room for</source>
        <translation>Les boutons de la barre d’outils qui n’ont pas de place dans une fenêtre étroite</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="+106" />
        <source>Every key the open windows answer to</source>
        <translation>Toutes les touches auxquelles répondent les fenêtres ouvertes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_keys.py" line="+20" />
        <source>Close window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="-12" />
        <location line="+10" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>LinkKey</name>
    <message>
        <location filename="../../desktop_app/ui/offline/link_key.py" line="+19" />
        <source>payload_id is kept by the Medusa ↔ Payload integration: it links this product to its Payload document, so it is read-only here (the Sync window repairs a wrong one).</source>
        <translation>payload_id est géré par l’intégration Medusa ↔ Payload : il lie ce produit à son document Payload, il est donc en lecture seule ici (la fenêtre Synchro répare une valeur erronée).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“payload_id” is kept by the Medusa ↔ Payload integration and cannot be set by hand (the Sync window repairs a wrong one).</source>
        <translation>« payload_id » est géré par l’intégration Medusa ↔ Payload et ne peut pas être défini à la main (la fenêtre Synchro répare une valeur erronée).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+70" />
        <source>Demo shop ready</source>
        <translation>Boutique de démo prête</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loading the catalog from Medusa and Payload…
It is kept on this computer, so next time it opens at once.</source>
        <translation>Chargement du catalogue depuis Medusa et Payload…
Il est conservé sur cet ordinateur et s’ouvrira aussitôt la prochaine fois.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pull what changed on Medusa and Payload (F5)</source>
        <translation>Récupérer les changements de Medusa et Payload (F5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Push now</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send the pending changes to the servers</source>
        <translation>Envoyer les modifications en attente aux serveurs</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+469" />
        <source>Pending changes</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="-468" />
        <source>Show the edits waiting to be pushed</source>
        <translation>Afficher les modifications en attente d’envoi</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-30" />
        <location line="+12" />
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new product: options, variants, prices, stock (Ctrl+N)</source>
        <translation>Créer un produit : options, variantes, prix, stock (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Edit product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the selected product's commerce data (or double-click it); the arrow offers Duplicate and Delete</source>
        <translation>Modifier les données commerciales du produit choisi (ou double-cliquez) ; la flèche propose Dupliquer et Supprimer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Edit content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the selected product's Payload content (Ctrl+E)</source>
        <translation>Modifier le contenu Payload du produit choisi (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change the selected products, or the whole search result, at once: status, SEO, find/replace; CSV export and import</source>
        <translation>Modifier d’un coup les produits choisis ou tout le résultat de recherche : statut, SEO, rechercher/remplacer ; export et import CSV</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Content quality: completeness of descriptions, SEO, images, prices and locales, per rule and per product</source>
        <translation>Qualité du contenu : complétude des descriptions, du SEO, des images, des prix et des langues, par règle et par produit</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit variants, prices and stock like a spreadsheet: the selected products (two or more), else the whole search result (Ctrl+G)</source>
        <translation>Modifier variantes, prix et stock comme dans un tableur : les produits choisis (deux ou plus), sinon tout le résultat de recherche (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trigger Medusa → Payload syncs, watch them finish, verify both sides</source>
        <translation>Lancer les synchros Medusa → Payload, suivre leur fin, vérifier les deux côtés</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Doctor</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check this shop's deployment (non-destructive)</source>
        <translation>Vérifier le déploiement de cette boutique (sans rien modifier)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings: shop profiles, connections, appearance and language (Ctrl+,)</source>
        <translation>Paramètres : profils de boutique, connexions, apparence et langue (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shop:</source>
        <translation>Boutique :</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Active shop profile</source>
        <translation>Profil de boutique actif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The shop profile this window shows</source>
        <translation>Le profil de boutique affiché dans cette fenêtre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No shop yet</source>
        <translation>Aucune boutique</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+398" />
        <source>Pending changes ({count})</source>
        <translation>En attente ({count})</translation>
    </message>
    <message>
        <location line="-366" />
        <source>Go to the search</source>
        <translation>Aller à la recherche</translation>
    </message>
    <message>
        <location line="+66" />
        <source>The settings file could not be read:
{error}</source>
        <translation>Le fichier de paramètres n’a pas pu être lu :
{error}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings problem</source>
        <translation>Problème de paramètres</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Keyring unavailable</source>
        <translation>Trousseau de clés indisponible</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no profile</source>
        <translation>aucun profil</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Starting the local demo shop…</source>
        <translation>Démarrage de la boutique de démo locale…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Setting up the local demo shop.
The first start installs and seeds Medusa and Payload, which can take a few minutes.</source>
        <translation>Installation de la boutique de démo locale.
Le premier démarrage installe et remplit Medusa et Payload, ce qui peut prendre quelques minutes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No shop configured</source>
        <translation>Aucune boutique configurée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Local demo shop</source>
        <translation>Boutique de démo locale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting the local demo shop (Medusa + Payload) so you can try the app…</source>
        <translation>Démarrage de la boutique de démo locale (Medusa + Payload) pour essayer l’application…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Starting the local demo shop</source>
        <translation>Démarrage de la boutique de démo locale</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Demo shop unavailable</source>
        <translation>Boutique de démo indisponible</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Connected to the local demo shop as profile “{name}”. Add your own shop in Settings.</source>
        <translation>Connecté à la boutique de démo locale avec le profil « {name} ». Ajoutez votre boutique dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connected to the local demo shop as profile “{name}” (its keys are kept in memory for this run only). Add your own shop in Settings.</source>
        <translation>Connecté à la boutique de démo locale avec le profil « {name} » (ses clés restent en mémoire pour cette session seulement). Ajoutez votre boutique dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The local copy of this shop could not be opened.</source>
        <translation>La copie locale de cette boutique n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Local store unavailable</source>
        <translation>Stockage local indisponible</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Showing the local copy.</source>
        <translation>Affichage de la copie locale.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+45" />
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location line="-44" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{server} answered with an error.</source>
        <translation>{server} a répondu par une erreur.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+19" />
        <source>{server} is not available.</source>
        <translation>{server} n’est pas joignable.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{server} is not connected.</source>
        <translation>{server} n’est pas connecté.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/crash.py" line="-66" />
        <location filename="../../desktop_app/ui/main_window.py" line="+12" />
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="+11" />
        <source>%Ln product(s) in the local store</source>
        <translation>
            <numerusform>%Ln produit dans le stockage local</numerusform>
            <numerusform>%Ln produits dans le stockage local</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modification en attente</numerusform>
            <numerusform>%Ln modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln needs your decision|%Ln need your decision</source>
        <translation>
            <numerusform>%Ln attend votre décision</numerusform>
            <numerusform>%Ln attendent votre décision</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39" />
        <location line="+74" />
        <source>Add a shop profile first (Settings).</source>
        <translation>Ajoutez d’abord un profil de boutique (Paramètres).</translation>
    </message>
    <message>
        <location line="-67" />
        <location line="+8" />
        <source>Select a product first.</source>
        <translation>Choisissez d’abord un produit.</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-74" />
        <source>&lt;b&gt;The storefront shows Payload's images, not these.&lt;/b&gt; The storefront of this shop's design takes its pictures from the product's Payload document (Edit content → Images). Medusa's own thumbnail and images below are what Medusa's admin, its Store API and other channels that read Medusa show.</source>
        <translation>&lt;b&gt;La vitrine montre les images de Payload, pas celles-ci.&lt;/b&gt; La vitrine de ce thème prend ses images dans le document Payload du produit (Modifier le contenu → Images). La miniature et les images propres à Medusa ci-dessous sont celles que montrent l’admin de Medusa, son API Store et les autres canaux qui lisent Medusa.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.avif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.avif)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Clear thumbnail</source>
        <translation>Retirer la miniature</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Medusa · in this order · saved with Save</source>
        <translation>Medusa · dans cet ordre · enregistré avec Enregistrer</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+224" />
        <source>Upload…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location line="-217" />
        <source>Set as thumbnail</source>
        <translation>Définir comme miniature</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move earlier</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Move later</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Upload image files to Medusa now (online)</source>
        <translation>Envoyer maintenant des fichiers image à Medusa (en ligne)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No thumbnail</source>
        <translation>Aucune miniature</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medusa has no thumbnail for this product.</source>
        <translation>Medusa n’a pas de miniature pour ce produit.</translation>
    </message>
    <message>
        <location line="+102" />
        <source>Upload images to Medusa</source>
        <translation>Envoyer des images à Medusa</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Uploading…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Medusa is offline: to upload the images, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa est hors ligne : pour envoyer les images, Medusa doit être en ligne. Vos autres modifications sont gardées.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Could not upload the images: {error}</source>
        <translation>Impossible d’envoyer les images : {error}</translation>
    </message>
</context>
<context>
    <name>NewProduct</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+3" />
        <source>Kept on this computer at once; the next push creates it in Medusa, and the integration makes its Payload document.</source>
        <translation>Gardé aussitôt sur cet ordinateur ; le prochain envoi le crée dans Medusa, et l’intégration crée son document Payload.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>each combination of values is a variant</source>
        <translation>chaque combinaison de valeurs est une variante</translation>
    </message>
    <message>
        <location line="+7" />
        <source>untick a combination you do not sell</source>
        <translation>décochez une combinaison que vous ne vendez pas</translation>
    </message>
    <message>
        <location line="+8" />
        <source>where the product is sold</source>
        <translation>où le produit est vendu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No sales channels are known yet: pull first, or add them to the product later.</source>
        <translation>Aucun canal de vente connu pour l’instant : récupérez d’abord, ou ajoutez-les au produit plus tard.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>What customers see, e.g. Merino Crew Sweater</source>
        <translation>Ce que voient les clients, p. ex. Pull en mérinos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>made from the title</source>
        <translation>tiré du titre</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Price for all variants:</source>
        <translation>Prix pour toutes les variantes :</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Track stock</source>
        <translation>Suivre le stock</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medusa keeps a stock level per location for each variant and stops selling what is out of stock</source>
        <translation>Medusa tient un stock par emplacement pour chaque variante et cesse de vendre ce qui est en rupture</translation>
    </message>
    <message>
        <location line="+122" />
        <source>Discard new product</source>
        <translation>Abandonner le nouveau produit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard this new product? What you typed is not kept.</source>
        <translation>Abandonner ce nouveau produit ? Ce que vous avez saisi n’est pas gardé.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/variant_grid.py" line="+3" />
        <source>Price {currency}</source>
        <translation>Prix {currency}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stock · {location}</source>
        <translation>Stock · {location}</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Tick at least one variant to make.</source>
        <translation>Cochez au moins une variante à créer.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>SKU “{sku}”: a SKU cannot contain spaces.</source>
        <translation>SKU « {sku} » : un SKU ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Price for all variants in {currency}: {error}</source>
        <translation>Prix pour toutes les variantes en {currency} : {error}</translation>
    </message>
</context>
<context>
    <name>NoResults</name>
    <message>
        <location filename="../../desktop_app/ui/offline/no_results.py" line="+41" />
        <source>No products match “{text}”</source>
        <translation>Aucun produit ne correspond à « {text} »</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No products match these filters</source>
        <translation>Aucun produit ne correspond à ces filtres</translation>
    </message>
    <message>
        <location line="+7" />
        <source>status {statuses}</source>
        <translation>statut {statuses}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>sync state {states}</source>
        <translation>synchro {states}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Filtered to {filters}.</source>
        <translation>Filtré sur {filters}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../desktop_app/ui/offline/organise_filters.py" line="+49" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Search looks at titles, handles, SKUs, descriptions and IDs.</source>
        <translation>La recherche porte sur les titres, handles, SKU, descriptions et ID.</translation>
    </message>
</context>
<context>
    <name>NothingLoaded</name>
    <message>
        <location filename="../../desktop_app/ui/nothing_loaded.py" line="+19" />
        <source>Nothing could be loaded</source>
        <translation>Rien n’a pu être chargé</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{servers} could not be reached</source>
        <comment>several servers</comment>
        <translation>{servers} n’ont pas pu être joints</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{servers} could not be reached</source>
        <translation>{servers} n’a pas pu être joint</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{servers} refused this profile's credentials</source>
        <comment>several servers</comment>
        <translation>{servers} ont refusé les identifiants de ce profil</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{servers} refused this profile's credentials</source>
        <translation>{servers} a refusé les identifiants de ce profil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{servers} answered with an error</source>
        <comment>several servers</comment>
        <translation>{servers} ont répondu par une erreur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{servers} answered with an error</source>
        <translation>{servers} a répondu par une erreur</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check the server addresses in Settings and that the servers are running, then Retry.</source>
        <translation>Vérifiez les adresses des serveurs dans les Paramètres et que les serveurs tournent, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the keys in Settings, then Retry.</source>
        <translation>Vérifiez les clés dans les Paramètres, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the server addresses and the keys in Settings and that the servers are running, then Retry.</source>
        <translation>Vérifiez les adresses des serveurs et les clés dans les Paramètres et que les serveurs tournent, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check the servers' logs or this shop's settings, then Retry.</source>
        <translation>Vérifiez les journaux des serveurs ou les paramètres de cette boutique, puis réessayez.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{causes}, so this shop has no copy on this computer yet.</source>
        <translation>{causes} : cette boutique n’a donc pas encore de copie sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>To try the app first, start the local demo shop.</source>
        <translation>Pour essayer d’abord l’application, démarrez la boutique de démo locale.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the demo shop</source>
        <translation>Démarrer la boutique de démo</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../desktop_app/ui/notifications/notices.py" line="+19" />
        <source>Push finished</source>
        <translation>Envoi terminé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Push failed</source>
        <translation>Échec de l’envoi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pull finished</source>
        <translation>Récupération terminée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pull failed</source>
        <translation>Échec de la récupération</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync finished</source>
        <translation>Synchro terminée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync failed</source>
        <translation>Échec de la synchro</translation>
    </message>
</context>
<context>
    <name>OfflineCatalog</name>
    <message>
        <location filename="../../desktop_app/services/new_product.py" line="+90" />
        <source>A product needs a title.</source>
        <translation>Un produit doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown status '{status}'.</source>
        <translation>Statut inconnu « {status} ».</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Every option needs a name.</source>
        <translation>Chaque option doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Option '{option}' is listed twice.</source>
        <translation>L’option « {option} » figure deux fois.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Option '{option}' needs distinct values.</source>
        <translation>L’option « {option} » doit avoir des valeurs distinctes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Each variant picks one value of every option.</source>
        <translation>Chaque variante choisit une valeur de chaque option.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Two variants have the same SKU.</source>
        <translation>Deux variantes ont le même SKU.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/offline.py" line="+259" />
        <source>This shop was closed; the edit is kept and sent when it is open.</source>
        <translation>Cette boutique a été fermée ; la modification est conservée et envoyée quand elle sera ouverte.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Could not read {kinds} from Medusa: {error}</source>
        <translation>Impossible de lire depuis Medusa : {kinds} ({error})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <location line="+1" />
        <source>collections</source>
        <translation>collections</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sales channels</source>
        <translation>canaux de vente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stock locations</source>
        <translation>emplacements de stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>store currencies</source>
        <translation>devises de la boutique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A category needs a name.</source>
        <translation>Une catégorie doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A collection needs a name.</source>
        <translation>Une collection doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A tag needs a name.</source>
        <translation>Un tag doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A type needs a name.</source>
        <translation>Un type doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A channel needs a name.</source>
        <translation>Un canal de vente doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A location needs a name.</source>
        <translation>Un emplacement doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Another push of this shop is under way (process {pid}).</source>
        <translation>Un autre envoi de cette boutique est en cours (processus {pid}).</translation>
    </message>
    <message>
        <location line="+222" />
        <source>No Medusa product is stored for {id}; pull first.</source>
        <translation>Aucun produit Medusa n’est stocké pour {id} ; récupérez d’abord.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No Payload document is stored for {id}; pull first.</source>
        <translation>Aucun document Payload n’est stocké pour {id} ; récupérez d’abord.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>No product {id} is stored; pull first.</source>
        <translation>Aucun produit {id} n’est stocké ; récupérez d’abord.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>A stock level is a whole number, not {value}.</source>
        <translation>Un niveau de stock est un nombre entier, pas {value}.</translation>
    </message>
    <message>
        <location line="+140" />
        <source>{file} is not an image.</source>
        <translation>{file} n’est pas une image.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>this catalog was opened without the shop's secrets</source>
        <translation>ce catalogue a été ouvert sans les secrets de la boutique</translation>
    </message>
    <message>
        <location line="+166" />
        <source>This product has no Payload document yet: its drafts and publishing come once Payload has it (push, then pull).</source>
        <translation>Ce produit n’a pas encore de document Payload : ses brouillons et sa publication viendront quand Payload l’aura (envoyer, puis récupérer).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/db.py" line="+40" />
        <source>The catalog database has schema version {version}, newer than this app understands ({known}). Update the app.</source>
        <translation>La base du catalogue a la version de schéma {version}, plus récente que ce que cette application comprend ({known}). Mettez l’application à jour.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/structure.py" line="+37" />
        <source>No variant {variant} in {product}.</source>
        <translation>Aucune variante {variant} dans {product}.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No Medusa product {id} is stored; pull first.</source>
        <translation>Aucun produit Medusa {id} n’est stocké ; récupérez d’abord.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/drafts.py" line="+114" />
        <source>Taken into the new product before its create was sent.</source>
        <translation>Repris dans le nouveau produit avant l’envoi de sa création.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="-195" />
        <location filename="../../desktop_app/ui/offline/operation_words.py" line="+47" />
        <source>Create product</source>
        <translation>Créer le produit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/operation_words.py" line="+2" />
        <source>Delete product</source>
        <translation>Supprimer le produit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add variant {variant}</source>
        <translation>Ajouter la variante {variant}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove variant {variant}</source>
        <translation>Supprimer la variante {variant}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add option {option} ({values})</source>
        <translation>Ajouter l’option {option} ({values})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rename option {old} to {new}</source>
        <translation>Renommer l’option {old} en {new}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename option to {new}</source>
        <translation>Renommer l’option en {new}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove option {option}</source>
        <translation>Supprimer l’option {option}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>add {values}</source>
        <translation>ajouter {values}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>remove {values}</source>
        <translation>retirer {values}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Option {option}: {changes}</source>
        <translation>Option {option} : {changes}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Set stock {quantity} at {location}</source>
        <translation>Stock {quantity} à {location}</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%Ln variant(s)</source>
        <translation>
            <numerusform>%Ln variante</numerusform>
            <numerusform>%Ln variantes</numerusform>
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
        <translation>p. ex. Taille</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. S, M, L</source>
        <translation>p. ex. S, M, L</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-215" />
        <location filename="../../desktop_app/ui/offline/options_editor.py" line="+1" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/options_editor.py" line="+1" />
        <source>Remove this option</source>
        <translation>Supprimer cette option</translation>
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
        <translation>Valeurs, séparées par des virgules</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../desktop_app/ui/offline/options_panel.py" line="+135" />
        <source>Add option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No options: the product has one variant.</source>
        <translation>Aucune option : le produit a une seule variante.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/options_panel.py" line="-135" />
        <location line="+130" />
        <location line="+56" />
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="-168" />
        <source>Add option…</source>
        <translation>Ajouter une option…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add value…</source>
        <translation>Ajouter une valeur…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove value…</source>
        <translation>Retirer une valeur…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+245" />
        <location line="+4" />
        <source>Remove option</source>
        <translation>Supprimer l’option</translation>
    </message>
    <message>
        <location line="-222" />
        <source>(no values)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No options yet: add one (Size, Colour…) to offer variants.</source>
        <translation>Pas encore d’options : ajoutez-en une (Taille, Couleur…) pour proposer des variantes.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>{value}: unused</source>
        <translation>{value} : inutilisée</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>{value}: %Ln variant(s)</source>
        <translation>
            <numerusform>{value} : %Ln variante</numerusform>
            <numerusform>{value} : %Ln variantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>New option</source>
        <translation>Nouvelle option</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="+130" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name, like Size</source>
        <translation>Nom, par exemple Taille</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Values, like S, M, L</source>
        <translation>Valeurs, par exemple S, M, L</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+26" />
        <source>The option needs a name.</source>
        <translation>L’option a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="-24" />
        <location line="+28" />
        <source>The product has an option “{option}” already.</source>
        <translation>Le produit a déjà une option « {option} ».</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Give the option at least one value (separate values with commas).</source>
        <translation>Donnez au moins une valeur à l’option (séparez les valeurs par des virgules).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A value is listed twice.</source>
        <translation>Une valeur figure deux fois.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rename “{option}”</source>
        <translation>Renommer « {option} »</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+21" />
        <source>New value of {option}</source>
        <translation>Nouvelle valeur de {option}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A value (or several, with commas)</source>
        <translation>Une valeur (ou plusieurs, séparées par des virgules)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type a value.</source>
        <translation>Saisissez une valeur.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{value}” is a value of {option} already.</source>
        <translation>« {value} » est déjà une valeur de {option}.</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>{value} — %Ln variant uses it|{value} — %Ln variants use it</source>
        <translation>
            <numerusform>{value} — %Ln variante l’utilise</numerusform>
            <numerusform>{value} — %Ln variantes l’utilisent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>{value} — unused</source>
        <translation>{value} — inutilisée</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{option} has no values to remove.</source>
        <translation>{option} n’a aucune valeur à retirer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove a value of {option}</source>
        <translation>Retirer une valeur de {option}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove value</source>
        <translation>Retirer la valeur</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>One variant uses {option}: remove it first (Medusa keeps an option while a variant uses it).|%Ln variants use {option}: remove them first (Medusa keeps an option while a variant uses it).</source>
        <translation>
            <numerusform>%Ln variante utilise {option} : supprimez-la d’abord (Medusa garde une option tant qu’une variante l’utilise).</numerusform>
            <numerusform>%Ln variantes utilisent {option} : supprimez-les d’abord (Medusa garde une option tant qu’une variante l’utilise).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Remove the option “{option}” and its %Ln value(s)?</source>
        <translation>
            <numerusform>Supprimer l’option « {option} » et sa %Ln valeur ?</numerusform>
            <numerusform>Supprimer l’option « {option} » et ses %Ln valeurs ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganiseTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_term_words.py" line="+28" />
        <source>New category…</source>
        <translation>Nouvelle catégorie…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a category in Medusa now (online)</source>
        <translation>Créer maintenant une catégorie dans Medusa (en ligne)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the new category</source>
        <translation>Nom de la nouvelle catégorie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The category needs a name.</source>
        <translation>La catégorie a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa is offline: to make the category, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa est hors ligne : pour créer la catégorie, Medusa doit être en ligne. Vos autres modifications sont gardées.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not make the category: {error}</source>
        <translation>Impossible de créer la catégorie : {error}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a collection in Medusa now (online)</source>
        <translation>Créer maintenant une collection dans Medusa (en ligne)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the new collection</source>
        <translation>Nom de la nouvelle collection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The collection needs a name.</source>
        <translation>La collection a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa is offline: to make the collection, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa est hors ligne : pour créer la collection, Medusa doit être en ligne. Vos autres modifications sont gardées.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not make the collection: {error}</source>
        <translation>Impossible de créer la collection : {error}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New tag…</source>
        <translation>Nouveau tag…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a tag in Medusa now (online)</source>
        <translation>Créer maintenant un tag dans Medusa (en ligne)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the new tag</source>
        <translation>Nom du nouveau tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New tag</source>
        <translation>Nouveau tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tag needs a name.</source>
        <translation>Le tag a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa is offline: to make the tag, Medusa must be online. Your other changes are kept.</source>
        <translation>Medusa est hors ligne : pour créer le tag, Medusa doit être en ligne. Vos autres modifications sont gardées.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not make the tag: {error}</source>
        <translation>Impossible de créer le tag : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-144" />
        <source>Medusa · tick each one the product is in</source>
        <translation>Medusa · cochez chacune où figure le produit</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Medusa · where it is sold</source>
        <translation>Medusa · où il est vendu</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+122" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Top level</source>
        <translation>Premier niveau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/term_pickers.py" line="-185" />
        <source>Not in the shop's list: deleted in Medusa meanwhile, or made since the last pull. Untick it if it was deleted.</source>
        <translation>Absent de la liste de la boutique : supprimé entre-temps dans Medusa, ou créé depuis la dernière récupération. Décochez-le s’il a été supprimé.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Unknown category ({id})</source>
        <translation>Catégorie inconnue ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown collection ({id})</source>
        <translation>Collection inconnue ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown type ({id})</source>
        <translation>Type inconnu ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown sales channel ({id})</source>
        <translation>Canal de vente inconnu ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown tag ({id})</source>
        <translation>Tag inconnu ({id})</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Filter tags</source>
        <translation>Filtrer les tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message numerus="yes">
        <location line="+64" />
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln choisi</numerusform>
            <numerusform>%Ln choisis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>None chosen</source>
        <translation>Aucun choisi</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../../desktop_app/ui/offline/values.py" line="-44" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Locked in Payload</source>
        <translation>Verrouillé dans Payload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+43" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Send the waiting changes to the servers now</source>
        <translation>Envoyer maintenant les modifications en attente aux serveurs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone has this product open in Payload admin. Send the change anyway: their lock is removed and their unsaved edits there may be lost.</source>
        <translation>Quelqu’un a ce produit ouvert dans l’admin Payload. Envoyer quand même la modification : son verrou est levé et ses modifications non enregistrées peuvent être perdues.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="-372" />
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+34" />
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/pending_view.py" line="+28" />
        <source>Push now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send the selected refused operations again at the next push (after fixing what the server said)</source>
        <translation>Renvoyer les opérations refusées choisies au prochain envoi (après avoir corrigé ce que le serveur a signalé)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Override lock</source>
        <translation>Forcer le verrou</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Nothing waiting: every edit has reached the servers.</source>
        <translation>Rien en attente : toutes les modifications sont parvenues aux serveurs.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
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
        <location filename="../../desktop_app/ui/offline/commerce_editor.py" line="+65" />
        <source>Choose Keep mine or Take theirs to save: the server changed this meanwhile.</source>
        <translation>Choisissez « Garder la mienne » ou « Prendre celle du serveur » pour enregistrer : le serveur a changé ceci entre-temps.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Keep the changes here; the next push sends them (Ctrl+S)</source>
        <translation>Garder les modifications ici ; le prochain envoi les transmet (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close the editor; unsaved changes are asked about first</source>
        <translation>Fermer l’éditeur ; les modifications non enregistrées sont d’abord signalées</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+300" />
        <source>Reload from server</source>
        <translation>Recharger depuis le serveur</translation>
    </message>
    <message>
        <location line="-295" />
        <source>Read this product again from Medusa and Payload now</source>
        <translation>Relire maintenant ce produit depuis Medusa et Payload</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+29" />
        <source>{id} is not in the local store</source>
        <translation>{id} n’est pas dans le stockage local</translation>
    </message>
    <message>
        <location line="+136" />
        <source>Something here needs a look</source>
        <translation>Quelque chose ici demande votre attention</translation>
    </message>
    <message>
        <location line="+104" />
        <source>Discard my typing and reload</source>
        <translation>Abandonner ma saisie et recharger</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reloading…</source>
        <translation>Rechargement…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Could not reload: {error}</source>
        <translation>Rechargement impossible : {error}</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Save your changes to this product before closing?</source>
        <translation>Enregistrer vos modifications de ce produit avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/details_tab.py" line="-52" />
        <source>{marker} marks a product made in this app: a repeated create finds it by this mark instead of making a second one, so it is read-only.</source>
        <translation>{marker} marque un produit créé dans cette application : une création répétée le retrouve grâce à cette marque au lieu d’en créer un second ; il est donc en lecture seule.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+25" />
        <location filename="../../desktop_app/ui/offline/inline_prompt.py" line="+36" />
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+33" />
        <location line="+9" />
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-3" />
        <location line="+2" />
        <source>{field}:</source>
        <translation>{field} :</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a key and value pair</source>
        <translation>Ajouter une paire clé-valeur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected pair</source>
        <translation>Retirer la paire sélectionnée</translation>
    </message>
    <message>
        <location line="+101" />
        <source>The payload_id link cannot be removed here.</source>
        <translation>Le lien payload_id ne peut pas être supprimé ici.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/editor_tab.py" line="+57" />
        <location line="+4" />
        <source>Server: {message}</source>
        <translation>Serveur : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/medusa_images_tab.py" line="-73" />
        <source>Medusa images</source>
        <translation>Images Medusa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/organise_tab.py" line="-172" />
        <source>Organise</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/stock_tab.py" line="+91" />
        <location line="+17" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="-24" />
        <source>Options &amp;&amp; variants</source>
        <translation>Options &amp;&amp; variantes</translation>
    </message>
</context>
<context>
    <name>ProductPrompts</name>
    <message>
        <location filename="../../desktop_app/ui/offline/new_product_dialog.py" line="+101" />
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="+30" />
        <source>Another product already has the handle “{handle}”.</source>
        <translation>Un autre produit a déjà le handle « {handle} ».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-46" />
        <source>Duplicate product</source>
        <translation>Dupliquer le produit</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new draft copying “{title}”: its options, variants and prices, organisation and content. SKUs are left empty (each must be unique).</source>
        <translation>Un nouveau brouillon copiant « {title} » : ses options, variantes et prix, son classement et son contenu. Les SKU restent vides (chacun doit être unique).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Delete “{title}”?</source>
        <translation>Supprimer « {title} » ?</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Delete %Ln product(s)?</source>
        <translation>
            <numerusform>Supprimer %Ln produit ?</numerusform>
            <numerusform>Supprimer %Ln produits ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete products</source>
        <translation>Supprimer des produits</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>It is deleted in Medusa at the next push, and its Payload document with it.|They are deleted in Medusa at the next push, and their Payload documents with them.</source>
        <translation>
            <numerusform>Il est supprimé dans Medusa au prochain envoi, avec son document Payload.</numerusform>
            <numerusform>Ils sont supprimés dans Medusa au prochain envoi, avec leurs documents Payload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>A draft never sent to Medusa is simply dropped.|%Ln drafts never sent to Medusa are simply dropped.</source>
        <translation>
            <numerusform>%Ln brouillon jamais envoyé à Medusa est simplement abandonné.</numerusform>
            <numerusform>%Ln brouillons jamais envoyés à Medusa sont simplement abandonnés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>This cannot be undone here.</source>
        <translation>Cela ne peut pas être annulé ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Delete|Delete %Ln products</source>
        <translation>
            <numerusform>Supprimer</numerusform>
            <numerusform>Supprimer %Ln produits</numerusform>
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
        <translation>aucun profil nommé {name}</translation>
    </message>
    <message>
        <location line="-35" />
        <location filename="../../desktop_app/services/profiles.py" line="-35" />
        <source>a profile named {name} already exists</source>
        <translation>un profil nommé {name} existe déjà</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/profiles.py" line="-134" />
        <source>%Ln edit made against {old} has not been sent. They will not be sent to {new}; they are kept in a backup in {folder}.|%Ln edits made against {old} have not been sent. They will not be sent to {new}; they are kept in a backup in {folder}.</source>
        <translation>
            <numerusform>%Ln modification faite sur {old} n’a pas été envoyée. Elle ne sera pas envoyée à {new} ; elle est conservée dans une sauvegarde dans {folder}.</numerusform>
            <numerusform>%Ln modifications faites sur {old} n’ont pas été envoyées. Elles ne seront pas envoyées à {new} ; elles sont conservées dans une sauvegarde dans {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%Ln edit of profile {name} has not been sent. They will not be sent; they are kept in a backup in {folder}.|%Ln edits of profile {name} have not been sent. They will not be sent; they are kept in a backup in {folder}.</source>
        <translation>
            <numerusform>%Ln modification du profil {name} n’a pas été envoyée. Elle ne sera pas envoyée ; elle est conservée dans une sauvegarde dans {folder}.</numerusform>
            <numerusform>%Ln modifications du profil {name} n’ont pas été envoyées. Elles ne seront pas envoyées ; elles sont conservées dans une sauvegarde dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46" />
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter the Medusa admin password.</source>
        <translation>Saisissez le mot de passe admin de Medusa.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the Medusa secret API key.</source>
        <translation>Saisissez la clé API secrète de Medusa.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the Payload API key.</source>
        <translation>Saisissez la clé API de Payload.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the Medusa admin password and the Payload API key.</source>
        <translation>Saisissez le mot de passe admin de Medusa et la clé API de Payload.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the Medusa secret API key and the Payload API key.</source>
        <translation>Saisissez la clé API secrète de Medusa et la clé API de Payload.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>the name {name} is too similar to the profile {other} (they would share a local store); choose another</source>
        <translation>le nom {name} est trop proche du profil {other} (ils partageraient le même stockage local) ; choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/files.py" line="+132" />
        <source>The local store of profile {name} is in use (the app or a command such as 'desktop-app push' has it open). Close it and try again.</source>
        <translation>Le stockage local du profil {name} est utilisé (l’application ou une commande comme « desktop-app push » l’a ouvert). Fermez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The local store {path} cannot be read: {error}</source>
        <translation>Le stockage local {path} ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The local store {source} could not be moved to {target}: {error}</source>
        <translation>Le stockage local {source} n’a pas pu être déplacé vers {target} : {error}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>A local store named {name} already exists ({path}); choose another profile name.</source>
        <translation>Un stockage local nommé {name} existe déjà ({path}) ; choisissez un autre nom de profil.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>A local store for profile {name} already exists ({path}).</source>
        <translation>Un stockage local existe déjà pour le profil {name} ({path}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/connection_check.py" line="+36" />
        <source>Connected. The shop has %Ln product(s).</source>
        <translation>
            <numerusform>Connecté. La boutique a %Ln produit.</numerusform>
            <numerusform>Connecté. La boutique a %Ln produits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Connected as {email}.</source>
        <translation>Connecté en tant que {email}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connected as user {id}.</source>
        <translation>Connecté en tant qu’utilisateur {id}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No answer within {seconds} s.</source>
        <translation>Pas de réponse en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/demo.py" line="+102" />
        <source>The demo stack is up but its credentials could not be read ({error}).</source>
        <translation>La pile de démo est lancée, mais ses identifiants n’ont pas pu être lus ({error}).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The local demo stack is not part of this installation. Add a shop profile in Settings instead.</source>
        <translation>La pile de démo locale ne fait pas partie de cette installation. Ajoutez plutôt un profil de boutique dans les paramètres.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Starting the local demo stack failed (exit code {code}):
{output}</source>
        <translation>Le démarrage de la pile de démo locale a échoué (code de sortie {code}) :
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
        <translation>{rate} produits/s</translation>
    </message>
    <message>
        <location line="+4" />
        <source>rate —</source>
        <translation>débit —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ETA {time}</source>
        <translation>Reste {time}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ETA —</source>
        <translation>Reste —</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln Payload doc(s)</source>
        <translation>
            <numerusform>%Ln document Payload</numerusform>
            <numerusform>%Ln documents Payload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln manquant</numerusform>
            <numerusform>%Ln manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln with a wrong payload_id</source>
        <translation>
            <numerusform>%Ln avec un payload_id erroné</numerusform>
            <numerusform>%Ln avec un payload_id erroné</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>no change for {time}</source>
        <translation>aucun changement depuis {time}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stop watching (a sync already started in Medusa keeps running)</source>
        <translation>Arrêter le suivi (une synchro déjà lancée dans Medusa continue)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Syncing</source>
        <translation>Synchro en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>{done} / %Ln product(s) in agreement</source>
        <translation>
            <numerusform>{done} / %Ln produit en phase</numerusform>
            <numerusform>{done} / %Ln produits en phase</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pull</name>
    <message>
        <location filename="../../desktop_app/exchange/pull.py" line="+281" />
        <source>Reading {server}…</source>
        <translation>Lecture de {server}…</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Reading %Ln product(s) from Medusa…</source>
        <translation>
            <numerusform>Lecture de %Ln produit depuis Medusa…</numerusform>
            <numerusform>Lecture de %Ln produits depuis Medusa…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Read %Ln product(s) from Medusa</source>
        <translation>
            <numerusform>%Ln produit lu depuis Medusa</numerusform>
            <numerusform>%Ln produits lus depuis Medusa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>%Ln changed in Medusa</source>
        <translation>
            <numerusform>%Ln modifié dans Medusa</numerusform>
            <numerusform>%Ln modifiés dans Medusa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66" />
        <source>Reading %Ln document(s) from Payload…</source>
        <translation>
            <numerusform>Lecture de %Ln document depuis Payload…</numerusform>
            <numerusform>Lecture de %Ln documents depuis Payload…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Read %Ln document(s) from Payload</source>
        <translation>
            <numerusform>%Ln document lu depuis Payload</numerusform>
            <numerusform>%Ln documents lus depuis Payload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>%Ln changed in Payload</source>
        <translation>
            <numerusform>%Ln modifié dans Payload</numerusform>
            <numerusform>%Ln modifiés dans Payload</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message numerus="yes">
        <location filename="../../desktop_app/exchange/push.py" line="+887" />
        <source>Sending changes of %Ln product(s)…</source>
        <translation>
            <numerusform>Envoi des modifications de %Ln produit…</numerusform>
            <numerusform>Envoi des modifications de %Ln produits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Sent {done} of %Ln product(s)</source>
        <translation>
            <numerusform>{done} produit sur %Ln envoyé</numerusform>
            <numerusform>{done} sur %Ln produits envoyés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/offline.py" line="+316" />
        <source>Waiting for another push of this shop (process {pid}) to finish…</source>
        <translation>Attente de la fin d’un autre envoi de cette boutique (processus {pid})…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exchange/takeover.py" line="+26" />
        <source>Another process took over the push.</source>
        <translation>Un autre processus a repris l’envoi.</translation>
    </message>
</context>
<context>
    <name>PushOutcome</name>
    <message>
        <location filename="../../desktop_app/exchange/create_body.py" line="+77" />
        <source>A product needs a handle.</source>
        <translation>Un produit doit avoir un handle.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The store does not sell in '{currency}' (its currencies: {currencies}).</source>
        <translation>La boutique ne vend pas en « {currency} » (ses devises : {currencies}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exchange/operations_push.py" line="+318" />
        <source>Medusa no longer has it: {error}</source>
        <translation>Medusa ne l’a plus : {error}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The product was deleted.</source>
        <translation>Le produit a été supprimé.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>The option was removed in Medusa meanwhile.</source>
        <translation>L’option a été supprimée dans Medusa entre-temps.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>This variant does not manage inventory in Medusa.</source>
        <translation>Cette variante ne gère pas de stock dans Medusa.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Medusa no longer has this variant's inventory item (the variant or its product was deleted).</source>
        <translation>Medusa n’a plus l’article de stock de cette variante (la variante ou son produit a été supprimé).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Medusa's stock changed to {quantity} since you set it.</source>
        <translation>Le stock dans Medusa est passé à {quantity} depuis que vous l’avez défini.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exchange/publishing_push.py" line="+45" />
        <source>Payload holds unpublished draft changes of this product; this edit of the live content would publish them too. Edit the draft and publish it, or publish first, then send this again.</source>
        <translation>Payload contient des modifications de brouillon non publiées de ce produit ; cette modification du contenu publié les publierait aussi. Modifiez le brouillon et publiez-le, ou publiez d’abord, puis envoyez ceci à nouveau.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This shop's Payload has no drafts; the edit cannot be sent as one.</source>
        <translation>Le Payload de cette boutique n’a pas de brouillons ; la modification ne peut pas être envoyée comme brouillon.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not published: your draft changes before it were not sent (in conflict or refused), so publishing now would make the server's draft live instead. Resolve them, then publish again.</source>
        <translation>Non publié : vos modifications de brouillon précédentes n’ont pas été envoyées (en conflit ou refusées), publier maintenant rendrait donc public le brouillon du serveur. Résolvez-les, puis publiez à nouveau.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scheduled publishing is not available on this shop.</source>
        <translation>La publication programmée n’est pas disponible pour cette boutique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exchange/push.py" line="-726" />
        <source>Waiting for Payload: the integration has not made this product's document yet; the edit is sent once it exists.</source>
        <translation>En attente de Payload : l’intégration n’a pas encore créé le document de ce produit ; la modification sera envoyée dès qu’il existera.</translation>
    </message>
    <message numerus="yes">
        <location line="+303" />
        <source>Category {names} no longer exists in Medusa.|Categories {names} no longer exist in Medusa.</source>
        <translation>
            <numerusform>La catégorie {names} n’existe plus dans Medusa.</numerusform>
            <numerusform>Les catégories {names} n’existent plus dans Medusa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46" />
        <source>{server} sent this product in a shape the app cannot read ({reason}); the edit is kept.</source>
        <translation>{server} a envoyé ce produit sous une forme que l’application ne peut pas lire ({reason}) ; la modification est conservée.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The product was deleted in Medusa; the edit cannot be sent.</source>
        <translation>Le produit a été supprimé dans Medusa ; la modification ne peut pas être envoyée.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The product has no Payload document; the edit cannot be sent.</source>
        <translation>Le produit n’a pas de document Payload ; la modification ne peut pas être envoyée.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Changed on the server since you edited it.</source>
        <translation>Modifié sur le serveur depuis votre modification.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Cannot send: variant {variant} no longer exists.</source>
        <translation>Envoi impossible : la variante {variant} n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exchange/translations_push.py" line="+174" />
        <source>Payload needs a title in {locale} before the other {locale} fields can be saved: translate the title too.</source>
        <translation>Payload a besoin d’un titre en {locale} avant de pouvoir enregistrer les autres champs en {locale} : traduisez aussi le titre.</translation>
    </message>
</context>
<context>
    <name>QualityDashboard</name>
    <message>
        <location filename="../../desktop_app/ui/quality/chart.py" line="+57" />
        <source>products passing (%)</source>
        <translation>produits conformes (%)</translation>
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
        <translation>{rule} sans objet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{rule} {percent}% ({detail})</source>
        <translation>{rule} {percent} % ({detail})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Up and Down choose a bar; Enter shows the products failing it in the list.</source>
        <translation>Les flèches haut et bas choisissent une barre ; Entrée affiche dans la liste les produits qui n’y satisfont pas.</translation>
    </message>
    <message>
        <location line="+10" />
        <location filename="../../desktop_app/ui/quality/locale_chart.py" line="+88" />
        <source>Products passing each rule: {rules}.</source>
        <translation>Produits conformes à chaque règle : {rules}.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Completeness by rule</source>
        <translation>Complétude par règle</translation>
    </message>
    <message>
        <location line="+24" />
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{percent}%  ({detail})</source>
        <translation>{percent} %  ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/dashboard.py" line="-17" />
        <source>{passed} of {total}</source>
        <translation>{passed} sur {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/chart.py" line="-58" />
        <location filename="../../desktop_app/ui/quality/dashboard.py" line="+10" />
        <location filename="../../desktop_app/ui/quality/locale_chart.py" line="-9" />
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/dashboard.py" line="+14" />
        <source>No products in the local store yet: pull the shop first.</source>
        <translation>Aucun produit dans le stockage local pour l’instant : récupérez d’abord la boutique.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Average completeness {average} · {complete} of %Ln products complete</source>
        <translation>
            <numerusform>Complétude moyenne {average} · complets : {complete} sur %Ln produit</numerusform>
            <numerusform>Complétude moyenne {average} · complets : {complete} sur %Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln not scored yet</source>
        <translation>
            <numerusform>%Ln pas encore évalué</numerusform>
            <numerusform>%Ln pas encore évalués</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>The locales rule is switched off for this shop.</source>
        <translation>La règle « Langues » est désactivée pour cette boutique.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Locales: not applicable — this shop's Payload has no localised content, so there is nothing to translate.</source>
        <translation>Langues : sans objet — le Payload de cette boutique n’a pas de contenu localisé, il n’y a donc rien à traduire.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>{locale} {average} (%Ln complete)</source>
        <translation>
            <numerusform>{locale} {average} (%Ln complet)</numerusform>
            <numerusform>{locale} {average} (%Ln complets)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Average completeness per locale: {averages}.</source>
        <translation>Complétude moyenne par langue : {averages}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Content quality — {shop}</source>
        <translation>Qualité du contenu — {shop}</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+41" />
        <source>Content quality</source>
        <translation>Qualité du contenu</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+50" />
        <source>Needs the most work</source>
        <translation>À retravailler en priorité</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Score the catalog again from the local store</source>
        <translation>Évaluer de nouveau le catalogue depuis le stockage local</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fails</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Worst first: score, product and the rules it fails; Enter shows the product in the product list</source>
        <translation>Les moins bons d’abord : score, produit et les règles qu’il ne respecte pas ; Entrée montre le produit dans la liste des produits</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{rule}: {requirement}</source>
        <translation>{rule} : {requirement}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The rules: {rules}.</source>
        <translation>Les règles : {rules}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every rule is switched off for this shop.</source>
        <translation>Toutes les règles sont désactivées pour cette boutique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/locale_chart.py" line="-50" />
        <source>Completeness by rule and locale</source>
        <translation>Complétude par règle et par langue</translation>
    </message>
    <message>
        <location line="-30" />
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+45" />
        <source>{rule}: {shares}</source>
        <translation>{rule} : {shares}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quality/score_cell.py" line="+6" />
        <source>{rule}: {why}</source>
        <translation>{rule} : {why}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not scored yet: the next pull scores it.</source>
        <translation>Pas encore évalué : la prochaine récupération l’évaluera.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Complete: passes every content rule that applies.</source>
        <translation>Complet : respecte toutes les règles de contenu applicables.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs work:
{reasons}</source>
        <translation>À retravailler :
{reasons}</translation>
    </message>
</context>
<context>
    <name>QualityRules</name>
    <message numerus="yes">
        <location filename="../../desktop_app/quality/checks.py" line="+199" />
        <source>%Ln words (at least {min})</source>
        <translation>
            <numerusform>%Ln mot (au moins {min})</numerusform>
            <numerusform>%Ln mots (au moins {min})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln characters ({min}–{max})</source>
        <translation>
            <numerusform>%Ln caractère ({min}–{max})</numerusform>
            <numerusform>%Ln caractères ({min}–{max})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>no images</source>
        <translation>aucune image</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>{missing} of %Ln images without alt text</source>
        <translation>
            <numerusform>sans texte alternatif : {missing} sur %Ln image</numerusform>
            <numerusform>sans texte alternatif : {missing} sur %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%Ln not read yet</source>
        <translation>
            <numerusform>%Ln pas encore lue</numerusform>
            <numerusform>%Ln pas encore lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>no thumbnail</source>
        <translation>aucune vignette</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the shop has no localised content</source>
        <translation>la boutique n’a pas de contenu localisé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>missing {locales}</source>
        <translation>manque : {locales}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no regions pulled</source>
        <translation>aucune région récupérée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no Medusa product</source>
        <translation>aucun produit Medusa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no variants</source>
        <translation>aucune variante</translation>
    </message>
    <message>
        <location line="+6" />
        <source>variants without a price for {currencies}</source>
        <translation>variantes sans prix pour {currencies}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/quality/rules.py" line="+49" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta title</source>
        <translation>Méta-titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta description</source>
        <translation>Méta-description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thumbnail</source>
        <translation>Vignette</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Locales</source>
        <translation>Langues</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>a description of at least %Ln words</source>
        <translation>
            <numerusform>une description d’au moins %Ln mot</numerusform>
            <numerusform>une description d’au moins %Ln mots</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>a meta title of {min}–{max} characters</source>
        <translation>un méta-titre de {min} à {max} caractères</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a meta description of {min}–{max} characters</source>
        <translation>une méta-description de {min} à {max} caractères</translation>
    </message>
    <message>
        <location line="+5" />
        <source>alt text on every image (Payload media)</source>
        <translation>un texte alternatif sur chaque image (médias Payload)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a thumbnail</source>
        <translation>une vignette</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a price for every region (its currency) on every variant</source>
        <translation>un prix pour chaque région (sa devise) sur chaque variante</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every locale translated (where the shop has localised content)</source>
        <translation>chaque langue traduite (là où la boutique a du contenu localisé)</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop_app/ui/content_editor/schedule_dialog.py" line="+41" />
        <source>Schedule publishing</source>
        <translation>Programmer la publication</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Payload publishes or unpublishes the product at the time you choose, even when this app is closed.</source>
        <translation>Payload publie ou dépublie le produit à l’heure choisie, même quand cette application est fermée.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>d MMM yyyy HH:mm</source>
        <comment>a Qt date-time display format</comment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;When ({zone})</source>
        <translation>&amp;Quand ({zone})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>P&amp;ublish</source>
        <translation>P&amp;ublier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>U&amp;npublish</source>
        <translation>&amp;Dépublier</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Then</source>
        <translation>Puis</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove schedule</source>
        <translation>Supprimer la programmation</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../../desktop_app/secrets/errors.py" line="+8" />
        <source>No OS keyring is available: install and unlock a Secret Service provider such as gnome-keyring or KWallet (on Debian/Ubuntu: apt install gnome-keyring; on a headless machine start it with scripts/keyring-session.sh). On macOS and Windows the system keychain / Credential Manager is used automatically.</source>
        <translation>Aucun trousseau de clés du système n’est disponible : installez et déverrouillez un fournisseur Secret Service comme gnome-keyring ou KWallet (sous Debian/Ubuntu : apt install gnome-keyring ; sur une machine sans écran, lancez-le avec scripts/keyring-session.sh). Sous macOS et Windows, le trousseau / gestionnaire d’identifiants du système est utilisé automatiquement.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Secrets are kept in memory for this run only and will be asked for again next time.</source>
        <translation>Les secrets ne sont gardés en mémoire que pour cette session et seront redemandés la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets/store.py" line="+71" />
        <source>The keyring is disabled (keyring.backends.null.Keyring is configured, e.g. via PYTHON_KEYRING_BACKEND or keyringrc.cfg), so secrets cannot be saved. Remove that setting to use the OS keyring.</source>
        <translation>Le trousseau de clés est désactivé (keyring.backends.null.Keyring est configuré, p. ex. via PYTHON_KEYRING_BACKEND ou keyringrc.cfg), les secrets ne peuvent donc pas être enregistrés. Retirez ce réglage pour utiliser le trousseau de clés du système.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The OS keyring is locked: unlock it (log in to the desktop session, or run 'gnome-keyring-daemon --unlock') and try again.</source>
        <translation>Le trousseau de clés du système est verrouillé : déverrouillez-le (connectez-vous à la session de bureau ou lancez « gnome-keyring-daemon --unlock ») et réessayez.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The OS keyring ({backend}) failed: {error}. Make sure a Secret Service provider such as gnome-keyring or KWallet is running and unlocked (on Debian/Ubuntu: apt install gnome-keyring).</source>
        <translation>Le trousseau de clés du système ({backend}) a échoué : {error}. Vérifiez qu’un fournisseur Secret Service comme gnome-keyring ou KWallet est lancé et déverrouillé (sous Debian/Ubuntu : apt install gnome-keyring).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/shop.py" line="+41" />
        <source>No Medusa admin password is stored for this profile. Enter it in Settings.</source>
        <translation>Aucun mot de passe admin de Medusa n’est enregistré pour ce profil. Saisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No Medusa secret API key is stored for this profile. Enter it in Settings.</source>
        <translation>Aucune clé API secrète de Medusa n’est enregistrée pour ce profil. Saisissez-la dans les paramètres.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No Payload API key is stored for this profile. Enter it in Settings.</source>
        <translation>Aucune clé API de Payload n’est enregistrée pour ce profil. Saisissez-la dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <location filename="../../desktop_app/api/http.py" line="+147" />
        <source>Could not connect to {server} at {host} in time. Is the server running and the address right?</source>
        <translation>Impossible de joindre {server} à {host} à temps. Le serveur tourne-t-il et l’adresse est-elle juste ?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{server} at {host} did not answer in time. Try again later.</source>
        <translation>{server} à {host} n’a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not connect to {server} at {host}. Is the server running and the address right?</source>
        <translation>Impossible de joindre {server} à {host}. Le serveur tourne-t-il et l’adresse est-elle juste ?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The {server} address is not a valid http(s) URL.</source>
        <translation>L’adresse de {server} n’est pas une URL http(s) valide.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The connection to {server} at {host} broke. Try again.</source>
        <translation>La connexion à {server} à {host} a été coupée. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/api/payload.py" line="+178" />
        <source>Payload has no user collection '{collection}'. Check the user collection setting.</source>
        <translation>Payload n’a pas de collection d’utilisateurs « {collection} ». Vérifiez le paramètre « Collection d’auth. ».</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Payload API key not recognised. Check the key and that API keys are enabled for the user.</source>
        <translation>Clé API inconnue de Payload. Vérifiez la clé et que les clés API sont activées pour l’utilisateur.</translation>
    </message>
    <message>
        <location line="+163" />
        <source>Payload sent a {collection} document that is not an object.</source>
        <translation>Payload a envoyé un document {collection} qui n’est pas un objet.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Payload's count reply had no totalDocs.</source>
        <translation>La réponse de comptage de Payload ne contenait pas totalDocs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/api/responses.py" line="+50" />
        <source>The server answered with {type} instead of JSON. Check that the {server} address is correct.</source>
        <translation>Le serveur a répondu en {type} au lieu de JSON. Vérifiez que l’adresse de {server} est juste.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{server} sent a reply that is not valid JSON.</source>
        <translation>{server} a envoyé une réponse qui n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>{server} has no API route {path}. Check the {server} address and that the server version is supported.</source>
        <translation>{server} n’a pas de route d’API {path}. Vérifiez l’adresse de {server} et que la version du serveur est prise en charge.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>{server} is busy (HTTP 429); try again in a moment.</source>
        <translation>{server} est occupé (HTTP 429) ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{server} is busy (HTTP 429); retry in {wait}.</source>
        <translation>{server} est occupé (HTTP 429) ; réessayez dans {wait}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{server} is unavailable for now (HTTP 503); retry in {wait}.</source>
        <translation>{server} est momentanément indisponible (HTTP 503) ; réessayez dans {wait}.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Medusa redirected the request. Check the address (for example http vs https).</source>
        <translation>Medusa a redirigé la requête. Vérifiez l’adresse (par exemple http ou https).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Medusa rejected the email or password.</source>
        <translation>Medusa a refusé l’e-mail ou le mot de passe.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Medusa did not accept the credentials (wrong, expired or revoked).</source>
        <translation>Medusa n’a pas accepté les identifiants (faux, expirés ou révoqués).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Medusa refused this action: {message}.</source>
        <translation>Medusa a refusé cette action : {message}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medusa refused this action: insufficient permissions.</source>
        <translation>Medusa a refusé cette action : droits insuffisants.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Medusa could not find this record.</source>
        <translation>Medusa n’a pas trouvé cet enregistrement.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Medusa was busy with a conflicting change; please try again.</source>
        <translation>Medusa traitait une modification concurrente ; veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Medusa rejected the data.</source>
        <translation>Medusa a refusé les données.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Invalid value.</source>
        <translation>Valeur non valide.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Document {id}: {message}</source>
        <translation>Document {id} : {message}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Payload redirected the request. Check the address (for example http vs https).</source>
        <translation>Payload a redirigé la requête. Vérifiez l’adresse (par exemple http ou https).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Payload did not accept the credentials.</source>
        <translation>Payload n’a pas accepté les identifiants.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Payload refused this action. The API key may be wrong, disabled, or belong to a user without access.</source>
        <translation>Payload a refusé cette action. La clé API est peut-être fausse, désactivée ou liée à un utilisateur sans accès.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Payload could not find this document.</source>
        <translation>Payload n’a pas trouvé ce document.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This document is open in Payload admin by someone else and is locked. Try again later, or override the lock.</source>
        <translation>Ce document est ouvert dans l’admin Payload par quelqu’un d’autre et verrouillé. Réessayez plus tard ou forcez le verrou.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Payload rejected the data.</source>
        <translation>Payload a refusé les données.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{server} had an internal error, HTTP {status} ({detail}).</source>
        <translation>{server} a eu une erreur interne, HTTP {status} ({detail}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{server} had an internal error, HTTP {status}.</source>
        <translation>{server} a eu une erreur interne, HTTP {status}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{server} answered HTTP {status}: {detail}.</source>
        <translation>{server} a répondu HTTP {status} : {detail}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{server} answered HTTP {status}.</source>
        <translation>{server} a répondu HTTP {status}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/api/errors.py" line="+160" />
        <source>Saved {saved} of %Ln product(s); the next one was rejected: {error}</source>
        <translation>
            <numerusform>{saved} produit sur %Ln enregistré ; le suivant a été refusé : {error}</numerusform>
            <numerusform>{saved} produits sur %Ln enregistrés ; le suivant a été refusé : {error}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Saved {saved} of %Ln product(s); the next group of {group} was rejected: {error}</source>
        <translation>
            <numerusform>{saved} produit sur %Ln enregistré ; le groupe suivant de {group} a été refusé : {error}</numerusform>
            <numerusform>{saved} produits sur %Ln enregistrés ; le groupe suivant de {group} a été refusé : {error}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/api/medusa.py" line="+168" />
        <source>Medusa's login reply had no token.</source>
        <translation>La réponse de connexion de Medusa ne contenait pas de jeton.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Medusa did not accept the secret API key (wrong or revoked).</source>
        <translation>Medusa n’a pas accepté la clé API secrète (erronée ou révoquée).</translation>
    </message>
</context>
<context>
    <name>ServerGate</name>
    <message>
        <location filename="../../desktop_app/ui/server_gate.py" line="+50" />
        <source>{server} is offline: this is possible again when it is back.</source>
        <translation>{server} est hors ligne : ce sera de nouveau possible à son retour.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{first} and {second} are offline: this is possible again when they are back.</source>
        <translation>{first} et {second} sont hors ligne : ce sera de nouveau possible à leur retour.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop_app/ui/appearance.py" line="+13" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="-6" />
        <source>System follows the desktop's light or dark scheme; Light and Dark stay</source>
        <translation>Système suit le mode clair ou sombre du bureau ; Clair et Sombre restent fixes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>System follows the desktop's light or dark scheme</source>
        <translation>Système suit le mode clair ou sombre du bureau</translation>
    </message>
    <message>
        <location line="-2" />
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setting_box.py" line="+59" />
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics/log_level.py" line="+13" />
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warnings (default)</source>
        <translation>Avertissements (par défaut)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything (debugging)</source>
        <translation>Tout (débogage)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Log detail:</source>
        <translation>Détail du &amp;journal :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How much the app writes to its log in {folder} (Help › Open log folder)</source>
        <translation>Ce que l’application écrit dans son journal, dans {folder} (Aide › Ouvrir le dossier des journaux)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Log detail</source>
        <translation>Détail du journal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language_box.py" line="+29" />
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The interface's language and the format of numbers, prices and dates; System follows the desktop's locale</source>
        <translation>Langue de l’interface et format des nombres, prix et dates ; Système suit les réglages régionaux du bureau</translation>
    </message>
    <message>
        <location line="-2" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Applies when the app is started again.</source>
        <translation>S’applique au prochain démarrage de l’application.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="+65" />
        <source>Secret API key</source>
        <translation>Clé API secrète</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail and password</source>
        <translation>E-mail et mot de passe</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closing the local store…</source>
        <translation>Fermeture du stockage local…</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Not tested yet.</source>
        <translation>Pas encore testé.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Settings — Shop profiles</source>
        <translation>Paramètres — Profils de boutique</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a shop profile</source>
        <translation>Ajouter un profil de boutique</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+454" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-452" />
        <source>Remove the chosen profile and its keys from the keyring</source>
        <translation>Retirer le profil choisi et ses clés du trousseau de clés</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Close the settings</source>
        <translation>Fermer les paramètres</translation>
    </message>
    <message>
        <location line="+27" />
        <source>e.g. my-shop</source>
        <translation>p. ex. ma-boutique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A name for this shop, shown in the profile list and the toolbar</source>
        <translation>Un nom pour cette boutique, affiché dans la liste des profils et la barre d’outils</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location line="+11" />
        <source>How the app signs in to Medusa: a secret API key, or an administrator's e-mail and password</source>
        <translation>Comment l’application se connecte à Medusa : une clé API secrète, ou l’e-mail et le mot de passe d’un administrateur</translation>
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
        <translation>Connexion avec</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+130" />
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <location line="-119" />
        <source>The Payload collection whose user owns the API key (usually users)</source>
        <translation>La collection Payload dont l’utilisateur possède la clé API (en général users)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Auth collection</source>
        <translation>Collection d’auth.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Try both servers with what is filled in, without saving</source>
        <translation>Essayer les deux serveurs avec ce qui est saisi, sans enregistrer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the profile; its keys go to the keyring</source>
        <translation>Enregistrer le profil ; ses clés vont dans le trousseau de clés</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{name}  (active)</source>
        <translation>{name}  (actif)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stored in the keyring; leave blank to keep</source>
        <translation>Enregistré dans le trousseau ; laisser vide pour le garder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kept for this session; leave blank to keep</source>
        <translation>Gardé pour cette session ; laisser vide pour le garder</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Admin password</source>
        <translation>Mot de passe admin</translation>
    </message>
    <message>
        <location line="+3" />
        <source>API key of a Payload user</source>
        <translation>Clé API d’un utilisateur Payload</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Connection test failed</source>
        <translation>Échec du test de connexion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The connection test of these settings failed:
{lines}

Save them anyway?</source>
        <translation>Le test de connexion de ces paramètres a échoué :
{lines}

Les enregistrer quand même ?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+13" />
        <source>It may hold edits that were not sent. They will not be sent to the new server; the store is kept in a backup in {folder}.</source>
        <translation>Il peut contenir des modifications non envoyées. Elles ne seront pas envoyées au nouveau serveur ; le stockage est conservé en sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+3" />
        <source>Change the server</source>
        <translation>Changer de serveur</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Change the server anyway?</source>
        <translation>Changer de serveur quand même ?</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved (secrets kept for this session only).</source>
        <translation>Enregistré (secrets gardés pour cette session seulement).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The local copy made with the previous settings was kept as a backup: {path}</source>
        <translation>La copie locale faite avec les paramètres précédents est conservée en sauvegarde : {path}</translation>
    </message>
    <message>
        <location line="+64" />
        <source>The test could not run: {error}</source>
        <translation>Le test n’a pas pu s’exécuter : {error}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove the profile “{name}” and its stored secrets?</source>
        <translation>Supprimer le profil « {name} » et ses secrets enregistrés ?</translation>
    </message>
    <message>
        <location line="+9" />
        <source>It may hold edits that were not sent; it is kept in a backup in {folder}.</source>
        <translation>Il peut contenir des modifications non envoyées ; il est conservé en sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The local copy of “{name}” was kept as a backup: {path}</source>
        <translation>La copie locale de « {name} » est conservée en sauvegarde : {path}</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/stock_tab.py" line="-48" />
        <source>not tracked</source>
        <translation>non suivi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa does not manage this variant's stock (“Manage inventory” is off on the Options &amp; variants tab), so it has no levels to set.</source>
        <translation>Medusa ne gère pas le stock de cette variante (« Gérer le stock » est désactivé dans l’onglet Options &amp; variantes) ; il n’y a donc pas de niveaux à définir.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{stocked}  · {reserved} reserved</source>
        <translation>{stocked}  · {reserved} réservés</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Medusa · stocked quantity per location · saved with Save</source>
        <translation>Medusa · quantité en stock par emplacement · enregistrée avec Enregistrer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This shop has no stock locations in the local store yet: pull to read them (Medusa lists them under Settings → Locations).</source>
        <translation>Cette boutique n’a pas encore d’emplacements de stock dans le stockage local : récupérez pour les lire (Medusa les liste sous Settings → Locations).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reserved: held for orders not yet fulfilled. Available = stocked − reserved, over every location. Blue: set here, sent at the next push.</source>
        <translation>Réservé : retenu pour des commandes pas encore traitées. Disponible = stock − réservé, sur tous les emplacements. Bleu : défini ici, envoyé au prochain envoi.</translation>
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
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stock location {id}</source>
        <translation>Emplacement de stock {id}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Type 0 for none: a stock level is not removed here.</source>
        <translation>Saisissez 0 pour aucun : un niveau de stock n’est pas supprimé ici.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>No stock level here yet: type a quantity to stock this location.</source>
        <translation>Pas encore de stock ici : saisissez une quantité pour approvisionner cet emplacement.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stocked {stocked} (set here, sent at the next push), reserved {reserved}</source>
        <translation>En stock {stocked} (défini ici, envoyé au prochain envoi), réservé {reserved}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stocked {stocked}, reserved {reserved}</source>
        <translation>En stock {stocked}, réservé {reserved}</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Stocked − reserved, over every location</source>
        <translation>Stock − réservé, sur tous les emplacements</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln available in all</source>
        <translation>
            <numerusform>%Ln disponible au total</numerusform>
            <numerusform>%Ln disponibles au total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>No variant of this product tracks stock.</source>
        <translation>Aucune variante de ce produit ne suit le stock.</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <location filename="../../desktop_app/ui/offline/structure_tab.py" line="+16" />
        <source>Medusa · each variant has one value of every option · changes are queued at once</source>
        <translation>Medusa · chaque variante a une valeur de chaque option · les changements sont mis en file aussitôt</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Medusa · saved with Save</source>
        <translation>Medusa · enregistré avec Enregistrer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add variant…</source>
        <translation>Ajouter une variante…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+101" />
        <source>Remove variant</source>
        <translation>Supprimer la variante</translation>
    </message>
    <message>
        <location line="-93" />
        <source>Add variant</source>
        <translation>Ajouter une variante</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add, remove or rename options and variants here and they are queued at once (the pending changes list them); typed values wait for Save.</source>
        <translation>Les options et variantes ajoutées, supprimées ou renommées ici sont mises en file aussitôt (les modifications en attente les listent) ; les valeurs saisies attendent Enregistrer.</translation>
    </message>
    <message numerus="yes">
        <location line="+85" />
        <location line="+53" />
        <source>Remove variant|Remove %Ln variants</source>
        <translation>
            <numerusform>Supprimer la variante</numerusform>
            <numerusform>Supprimer %Ln variantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43" />
        <source>Title (optional)</source>
        <translation>Titre (facultatif)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Prices, like EUR 10.50, Europe: EUR 9</source>
        <translation>Prix, par exemple EUR 10.50, Europe: EUR 9</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New variant</source>
        <translation>Nouvelle variante</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Every option needs a value first (Add value…).</source>
        <translation>Chaque option a d’abord besoin d’une valeur (Ajouter une valeur…).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A variant with these values exists already.</source>
        <translation>Une variante avec ces valeurs existe déjà.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Another variant has the SKU {sku}.</source>
        <translation>Une autre variante a le SKU {sku}.</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Remove the variant {names}? Its prices and stock go with it.|Remove %Ln variants ({names})? Their prices and stock go with them.</source>
        <translation>
            <numerusform>Supprimer la variante {names} ? Ses prix et son stock partent avec elle.</numerusform>
            <numerusform>Supprimer %Ln variantes ({names}) ? Leurs prix et leur stock partent avec elles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove variants</source>
        <translation>Supprimer des variantes</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop_app/ui/admin/history_model.py" line="+22" />
        <source>Agreed</source>
        <translation>Concordant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stalled</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/admin/sync_panel.py" line="+427" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Took</source>
        <translation>Durée</translation>
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
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+16" />
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{agree} / {total} agree</source>
        <translation>{agree} / {total} en phase</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln absent</numerusform>
            <numerusform>%Ln absents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/sync_panel.py" line="-183" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} et %Ln autre</numerusform>
            <numerusform>{names} et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>metadata.payload_id corrected for %Ln product(s)</source>
        <translation>
            <numerusform>metadata.payload_id corrigé pour %Ln produit</numerusform>
            <numerusform>metadata.payload_id corrigé pour %Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%Ln skipped (changed since the check)</source>
        <translation>
            <numerusform>%Ln ignoré (modifié depuis la vérification)</numerusform>
            <numerusform>%Ln ignorés (modifiés depuis la vérification)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln failed: {error}</source>
        <translation>
            <numerusform>%Ln en échec : {error}</numerusform>
            <numerusform>%Ln en échec : {error}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>The sync was pressed to recreate the missing docs.</source>
        <translation>La synchro a été lancée pour recréer les documents manquants.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sync failed</source>
        <translation>Échec de la synchro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server reported an error.</source>
        <translation>Le serveur a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sync finished</source>
        <translation>Synchro terminée</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Every product has its Payload document; see the report below.</source>
        <translation>Chaque produit a son document Payload ; voir le rapport ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln difference below is for information only.|%Ln differences below are for information only.</source>
        <translation>
            <numerusform>%Ln différence ci-dessous n’est qu’à titre d’information.</numerusform>
            <numerusform>%Ln différences ci-dessous ne sont qu’à titre d’information.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%Ln product(s) still missing in Payload, {wrong} with a wrong payload_id.</source>
        <translation>
            <numerusform>%Ln produit toujours absent de Payload, {wrong} avec un payload_id erroné.</numerusform>
            <numerusform>%Ln produits toujours absents de Payload, {wrong} avec un payload_id erroné.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Still missing: {names}.</source>
        <translation>Toujours absents : {names}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sync stalled</source>
        <translation>Synchro bloquée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sync timed out</source>
        <translation>Synchro : délai dépassé</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Payload sync — {shop}</source>
        <translation>Synchro Payload — {shop}</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Medusa → Payload sync</source>
        <translation>Synchro Medusa → Payload</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The Payload collection Medusa's products sync into</source>
        <translation>La collection Payload dans laquelle les produits de Medusa sont synchronisés</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare both servers product by product (read only)</source>
        <translation>Comparer les deux serveurs produit par produit (lecture seule)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Trigger sync</source>
        <translation>Lancer la synchro</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{request}, then watch both servers until they agree or progress stops</source>
        <translation>{request}, puis suivre les deux serveurs jusqu’à ce qu’ils concordent ou que la progression s’arrête</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Verification report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+24" />
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Each sync run, newest first: when, how long, the collection, the outcome, the counts before and after</source>
        <translation>Chaque synchro, la plus récente d’abord : quand, combien de temps, la collection, le résultat, les chiffres avant et après</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Every trigger from this app or the command line, newest first.</source>
        <translation>Chaque lancement depuis cette application ou la ligne de commande, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the run history again</source>
        <translation>Relire l’historique des synchros</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{problem} Open Settings to fix it.</source>
        <translation>{problem} Ouvrez les paramètres pour corriger.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+134" />
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="-133" />
        <source>Comparing every product of Medusa and Payload…</source>
        <translation>Comparaison de chaque produit de Medusa et de Payload…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Triggering</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pressing Medusa's sync route and reading both servers…</source>
        <translation>Appel de la route de synchro de Medusa et lecture des deux serveurs…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Stopped watching; a sync already started keeps running in Medusa.</source>
        <translation>Suivi arrêté ; une synchro déjà lancée continue dans Medusa.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{title}: {text}</source>
        <translation>{title} : {text}</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>Correct metadata.payload_id in Medusa for %Ln product(s)?</source>
        <translation>
            <numerusform>Corriger metadata.payload_id dans Medusa pour %Ln produit ?</numerusform>
            <numerusform>Corriger metadata.payload_id dans Medusa pour %Ln produits ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Each product is read again first and skipped if it changed since the check. Payload is not changed.</source>
        <translation>Chaque produit est d’abord relu et ignoré s’il a changé depuis la vérification. Payload n’est pas modifié.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fix payload_id</source>
        <translation>Corriger payload_id</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Repairing</source>
        <translation>Réparation</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Writing metadata.payload_id for %Ln product(s)…</source>
        <translation>
            <numerusform>Écriture de metadata.payload_id pour %Ln produit…</numerusform>
            <numerusform>Écriture de metadata.payload_id pour %Ln produits…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Checking the result…</source>
        <translation>Vérification du résultat…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln Payload doc for a Payload admin to delete is on the clipboard. This app never deletes Payload products.|%Ln Payload docs for a Payload admin to delete are on the clipboard. This app never deletes Payload products.</source>
        <translation>
            <numerusform>%Ln document Payload à supprimer par un administrateur Payload est dans le presse-papiers. Cette application ne supprime jamais de produits Payload.</numerusform>
            <numerusform>%Ln documents Payload à supprimer par un administrateur Payload sont dans le presse-papiers. Cette application ne supprime jamais de produits Payload.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>Export the verification report as {format}</source>
        <translation>Exporter le rapport de vérification en {format}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln finding(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln constat écrit dans {path}.</numerusform>
            <numerusform>%Ln constats écrits dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <location filename="../../desktop_app/admin/verify.py" line="+53" />
        <source>missing in Payload</source>
        <translation>absent de Payload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orphan in Payload</source>
        <translation>orphelin dans Payload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>payload_id missing</source>
        <translation>payload_id absent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>payload_id stale</source>
        <translation>payload_id périmé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>duplicate medusa_id</source>
        <translation>medusa_id en double</translation>
    </message>
    <message>
        <location line="+1" />
        <source>options out of step</source>
        <translation>options désynchronisées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>variants out of step</source>
        <translation>variantes désynchronisées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>title differs (info)</source>
        <translation>titre différent (info)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subtitle differs (info)</source>
        <translation>sous-titre différent (info)</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%Ln missing in Payload</source>
        <translation>
            <numerusform>%Ln absent de Payload</numerusform>
            <numerusform>%Ln absents de Payload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln orphan(s) in Payload</source>
        <translation>
            <numerusform>%Ln orphelin dans Payload</numerusform>
            <numerusform>%Ln orphelins dans Payload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln payload_id(s) missing</source>
        <translation>
            <numerusform>%Ln payload_id absent</numerusform>
            <numerusform>%Ln payload_id absents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln payload_id(s) stale</source>
        <translation>
            <numerusform>%Ln payload_id périmé</numerusform>
            <numerusform>%Ln payload_id périmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln duplicate medusa_id(s)</source>
        <translation>
            <numerusform>%Ln medusa_id en double</numerusform>
            <numerusform>%Ln medusa_id en double</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln product(s) with options out of step</source>
        <translation>
            <numerusform>%Ln produit aux options désynchronisées</numerusform>
            <numerusform>%Ln produits aux options désynchronisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln product(s) with variants out of step</source>
        <translation>
            <numerusform>%Ln produit aux variantes désynchronisées</numerusform>
            <numerusform>%Ln produits aux variantes désynchronisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln title differs (info)|%Ln titles differ (info)</source>
        <translation>
            <numerusform>%Ln titre différent (info)</numerusform>
            <numerusform>%Ln titres différents (info)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln subtitle differs (info)|%Ln subtitles differ (info)</source>
        <translation>
            <numerusform>%Ln sous-titre différent (info)</numerusform>
            <numerusform>%Ln sous-titres différents (info)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64" />
        <location filename="../../desktop_app/ui/admin/report_view.py" line="+65" />
        <source>%Ln Payload doc(s)</source>
        <translation>
            <numerusform>%Ln document Payload</numerusform>
            <numerusform>%Ln documents Payload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Medusa and Payload agree: %Ln product(s), {docs}.</source>
        <translation>
            <numerusform>Medusa et Payload concordent : %Ln produit, {docs}.</numerusform>
            <numerusform>Medusa et Payload concordent : %Ln produits, {docs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%Ln difference is for information only.|%Ln differences are for information only.</source>
        <translation>
            <numerusform>%Ln différence n’est qu’à titre d’information.</numerusform>
            <numerusform>%Ln différences ne sont qu’à titre d’information.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>{agree} of %Ln product(s) in agreement.</source>
        <translation>
            <numerusform>{agree} sur %Ln produit en phase.</numerusform>
            <numerusform>{agree} sur %Ln produits en phase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln problem(s) to fix: {kinds}; {agreement}</source>
        <translation>
            <numerusform>%Ln problème à corriger : {kinds} ; {agreement}</numerusform>
            <numerusform>%Ln problèmes à corriger : {kinds} ; {agreement}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Medusa has %Ln option(s), Payload {payload}</source>
        <translation>
            <numerusform>Medusa a %Ln option, Payload {payload}</numerusform>
            <numerusform>Medusa a %Ln options, Payload {payload}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Medusa has %Ln variant(s), Payload {payload}</source>
        <translation>
            <numerusform>Medusa a %Ln variante, Payload {payload}</numerusform>
            <numerusform>Medusa a %Ln variantes, Payload {payload}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../../desktop_app/ui/admin/explanations.py" line="+138" />
        <source>(no medusa_id)</source>
        <translation>(pas de medusa_id)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not in Payload: {ids}</source>
        <translation>absent de Payload : {ids}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only in Payload: {ids}</source>
        <translation>seulement dans Payload : {ids}</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../desktop_app/ui/admin/sync_panel.py" line="-484" />
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation> ; </translation>
    </message>
    <message>
        <location line="+36" />
        <source>the Payload doc has no medusa_id</source>
        <translation>le document Payload n’a pas de medusa_id</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>%Ln Payload doc has this medusa_id|%Ln Payload docs share this medusa_id</source>
        <translation>
            <numerusform>%Ln document Payload a cette medusa_id</numerusform>
            <numerusform>%Ln documents Payload partagent cette medusa_id</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>the product was deleted in Medusa ({when})</source>
        <translation>le produit a été supprimé dans Medusa ({when})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no Medusa product has this id</source>
        <translation>aucun produit Medusa n’a cet identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/repairs.py" line="+44" />
        <source>{product}: set metadata.payload_id to {value} ({reason})</source>
        <translation>{product} : définir metadata.payload_id à {value} ({reason})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{product}: clear metadata.payload_id {expected} ({reason})</source>
        <translation>{product} : effacer metadata.payload_id {expected} ({reason})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Payload doc {value}: delete in Payload admin ({reason})</source>
        <translation>Document Payload {value} : à supprimer dans Payload admin ({reason})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{product}: re-run the sync ({reason})</source>
        <translation>{product} : relancer la synchro ({reason})</translation>
    </message>
    <message>
        <location line="+31" />
        <source>duplicate of doc {doc} for {product}</source>
        <translation>doublon du document {doc} pour {product}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>payload_id was not set</source>
        <translation>payload_id n’était pas défini</translation>
    </message>
    <message>
        <location line="+10" />
        <source>payload_id named another doc</source>
        <translation>payload_id désignait un autre document</translation>
    </message>
    <message>
        <location line="+10" />
        <source>its Payload doc is gone</source>
        <translation>son document Payload a disparu</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../desktop_app/admin/verify.py" line="+17" />
        <source>no Payload doc</source>
        <translation>aucun document Payload</translation>
    </message>
    <message>
        <location line="+20" />
        <source>orphan: {why}</source>
        <translation>orphelin : {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/verify.py" line="+11" />
        <source>payload_id {id} points at no Payload doc</source>
        <translation>payload_id {id} ne pointe vers aucun document Payload</translation>
    </message>
    <message>
        <location line="+15" />
        <source>metadata.payload_id is not set; the Payload doc is {doc}</source>
        <translation>metadata.payload_id n’est pas défini ; le document Payload est {doc}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>payload_id {id}, but the Payload doc is {doc}</source>
        <translation>payload_id {id}, mais le document Payload est {doc}</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Payload owns this text after creation</source>
        <translation>Ce texte appartient à Payload après la création</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/watch.py" line="+32" />
        <source>Watching was cancelled (the sync may still be running in Medusa).</source>
        <translation>Le suivi a été annulé (la synchro tourne peut-être encore dans Medusa).</translation>
    </message>
    <message numerus="yes">
        <location line="+151" />
        <source>Sync finished: the %Ln product agrees.|Sync finished: all %Ln products agree.</source>
        <translation>
            <numerusform>Synchro terminée : le %Ln produit concorde.</numerusform>
            <numerusform>Synchro terminée : les %Ln produits concordent tous.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sync failed: {error}</source>
        <translation>Échec de la synchro : {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Sync stalled: %Ln product(s) still missing in Payload, {unlinked} with a wrong payload_id.</source>
        <translation>
            <numerusform>Synchro bloquée : %Ln produit toujours absent de Payload, {unlinked} avec un payload_id erroné.</numerusform>
            <numerusform>Synchro bloquée : %Ln produits toujours absents de Payload, {unlinked} avec un payload_id erroné.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Sync did not finish in time: %Ln product(s) still missing in Payload, {unlinked} with a wrong payload_id.</source>
        <translation>
            <numerusform>Synchro pas terminée à temps : %Ln produit toujours absent de Payload, {unlinked} avec un payload_id erroné.</numerusform>
            <numerusform>Synchro pas terminée à temps : %Ln produits toujours absents de Payload, {unlinked} avec un payload_id erroné.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/explanations.py" line="-118" />
        <source>title differs</source>
        <translation>titre différent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subtitle differs</source>
        <translation>sous-titre différent</translation>
    </message>
    <message>
        <location line="+10" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{value}”</source>
        <translation>« {value} »</translation>
    </message>
    <message>
        <location line="+2" />
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Payload has no document for this product, so its content cannot be edited. Fix: re-run the sync; if it stays missing, save the product in Medusa once.</source>
        <translation>Payload n’a pas de document pour ce produit, son contenu ne peut donc pas être modifié. Correction : relancez la synchro ; s’il manque toujours, enregistrez une fois le produit dans Medusa.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Payload document {docs} belongs to no Medusa product: {why}. Fix: a Payload admin deletes it; this app never deletes Payload products.</source>
        <translation>Le document Payload {docs} n’appartient à aucun produit Medusa : {why}. Correction : un administrateur Payload le supprime ; cette application ne supprime jamais de produits Payload.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The Payload document exists ({docs}) but Medusa does not record its id in metadata.payload_id. Fix: “Fix payload_id” sets it.</source>
        <translation>Le document Payload existe ({docs}) mais Medusa n’enregistre pas son identifiant dans metadata.payload_id. Correction : « Corriger payload_id » le définit.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Medusa points at Payload document {id}, but the product's document is {docs}. Fix: “Fix payload_id” corrects it.</source>
        <translation>Medusa pointe vers le document Payload {id}, mais le document du produit est {docs}. Correction : « Corriger payload_id » le rectifie.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Medusa points at Payload document {id}, which no longer exists. Fix: “Fix payload_id” clears it and presses the sync, which then creates a new document.</source>
        <translation>Medusa pointe vers le document Payload {id}, qui n’existe plus. Correction : « Corriger payload_id » l’efface et lance la synchro, qui crée alors un nouveau document.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln Payload document ({docs}) claims this product. Fix: a Payload admin deletes the extra ones (see “Copy orphan list”).|%Ln Payload documents ({docs}) claim this product. Fix: a Payload admin deletes the extra ones (see “Copy orphan list”).</source>
        <translation>
            <numerusform>%Ln document Payload ({docs}) revendique ce produit. Correction : un administrateur Payload supprime ceux en trop (voir « Copier les orphelins »).</numerusform>
            <numerusform>%Ln documents Payload ({docs}) revendiquent ce produit. Correction : un administrateur Payload supprime ceux en trop (voir « Copier les orphelins »).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Payload's copy of the options does not match Medusa's: {detail}. Medusa owns the options; re-saving them in Medusa sends them again.</source>
        <translation>La copie des options dans Payload ne correspond pas à celle de Medusa : {detail}. Les options appartiennent à Medusa ; les réenregistrer dans Medusa les renvoie.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Payload's copy of the variants does not match Medusa's: {detail}. Medusa owns the variants; re-saving them in Medusa sends them again.</source>
        <translation>La copie des variantes dans Payload ne correspond pas à celle de Medusa : {detail}. Les variantes appartiennent à Medusa ; les réenregistrer dans Medusa les renvoie.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>For information: Medusa has {medusa}, Payload {payload}. Payload owns the title after creation, so this is expected and needs no fix.</source>
        <translation>Pour information : Medusa a {medusa}, Payload {payload}. Le titre appartient à Payload après la création, c’est donc normal et ne demande aucune correction.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>For information: Medusa has {medusa}, Payload {payload}. Payload owns the subtitle after creation, so this is expected and needs no fix.</source>
        <translation>Pour information : Medusa a {medusa}, Payload {payload}. Le sous-titre appartient à Payload après la création, c’est donc normal et ne demande aucune correction.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/findings_model.py" line="+40" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload doc</source>
        <translation>Document Payload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Medusa id: {id}</source>
        <translation>Identifiant Medusa : {id}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No Medusa id</source>
        <translation>Pas d’identifiant Medusa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Payload doc: {docs}</source>
        <translation>Document Payload : {docs}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No Payload doc</source>
        <translation>Aucun document Payload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/report_view.py" line="-25" />
        <source>No check yet.
Press “Verify” to compare Medusa and Payload product by product, or “Trigger sync” to sync and then check.</source>
        <translation>Aucune vérification pour l’instant.
Appuyez sur « Vérifier » pour comparer Medusa et Payload produit par produit, ou sur « Lancer la synchro » pour synchroniser puis vérifier.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing to show: Medusa and Payload agree.</source>
        <translation>Rien à afficher : Medusa et Payload concordent.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln problem(s) to fix</source>
        <translation>
            <numerusform>%Ln problème à corriger</numerusform>
            <numerusform>%Ln problèmes à corriger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Medusa and Payload agree on the %Ln product|Medusa and Payload agree on all %Ln products</source>
        <translation>
            <numerusform>Medusa et Payload concordent pour le %Ln produit</numerusform>
            <numerusform>Medusa et Payload concordent pour les %Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>{agree} of %Ln product(s) in agreement</source>
        <translation>
            <numerusform>{agree} sur %Ln produit en phase</numerusform>
            <numerusform>{agree} sur %Ln produits en phase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%Ln difference(s) for information only, nothing to fix</source>
        <translation>
            <numerusform>%Ln différence pour information, rien à corriger</numerusform>
            <numerusform>%Ln différences pour information, rien à corriger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Which findings the table lists</source>
        <translation>Les constats que liste le tableau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the findings as a CSV file, for a spreadsheet</source>
        <translation>Enregistrer les constats dans un fichier CSV, pour un tableur</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the whole report as a JSON file</source>
        <translation>Enregistrer tout le rapport dans un fichier JSON</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Repairs</source>
        <translation>Réparations</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fix payload_id of selected</source>
        <translation>Corriger payload_id de la sélection</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Correct metadata.payload_id in Medusa for the selected rows (asks first)</source>
        <translation>Corriger metadata.payload_id dans Medusa pour les lignes sélectionnées (demande d’abord)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+177" />
        <source>Fix all payload_ids</source>
        <translation>Corriger tous les payload_id</translation>
    </message>
    <message>
        <location line="-174" />
        <source>Correct metadata.payload_id in Medusa for every row that can be fixed (asks first)</source>
        <translation>Corriger metadata.payload_id dans Medusa pour chaque ligne réparable (demande d’abord)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Re-run sync</source>
        <translation>Relancer la synchro</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Press Medusa's sync route again and watch it</source>
        <translation>Relancer la route de synchro de Medusa et la suivre</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+169" />
        <source>Copy orphan list</source>
        <translation>Copier les orphelins</translation>
    </message>
    <message>
        <location line="-166" />
        <source>Copy the Payload docs a Payload admin should delete (this app never deletes them)</source>
        <translation>Copier les documents Payload qu’un administrateur Payload devrait supprimer (cette application ne les supprime jamais)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>checked {time}</source>
        <translation>vérifié le {time}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{summary}. Each row: severity, product, what is wrong, the Payload doc and what it means; the repairs act on the rows selected.</source>
        <translation>{summary}. Chaque ligne : gravité, produit, ce qui ne va pas, le document Payload et ce que cela signifie ; les réparations portent sur les lignes sélectionnées.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>All findings ({count})</source>
        <translation>Tous les constats ({count})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Problems only ({count})</source>
        <translation>Problèmes seulement ({count})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Information only ({count})</source>
        <translation>Informations seulement ({count})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{category} ({count})</source>
        <translation>{category} ({count})</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Fix all payload_ids ({count})</source>
        <translation>Corriger tous les payload_id ({count})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Copy orphan list ({count})</source>
        <translation>Copier les orphelins ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/admin.py" line="+242" />
        <source>The sync history could not be read: {error}</source>
        <translation>L’historique des synchros n’a pas pu être lu : {error}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/timeline/build.py" line="+34" />
        <source>No product {id} is stored; check the id or pull first.</source>
        <translation>Aucun produit {id} n’est stocké ; vérifiez l’identifiant ou récupérez d’abord.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/timeline/points.py" line="+60" />
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pulled from {server}</source>
        <translation>Récupéré de {server}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stored copy ({server})</source>
        <translation>Copie stockée ({server})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sent to {server}</source>
        <translation>Envoyé à {server}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payload version {number}</source>
        <translation>Version Payload {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+92" />
        <source>%Ln older state(s) of {server} let go (the last {keep} are kept).</source>
        <translation>
            <numerusform>%Ln état plus ancien de {server} abandonné (les {keep} derniers sont gardés).</numerusform>
            <numerusform>%Ln états plus anciens de {server} abandonnés (les {keep} derniers sont gardés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <source>%Ln field(s) ({already} already there)</source>
        <translation>
            <numerusform>%Ln champ ({already} déjà présent)</numerusform>
            <numerusform>%Ln champs ({already} déjà présents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln champ</numerusform>
            <numerusform>%Ln champs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>this app</source>
        <translation>cette application</translation>
    </message>
    <message numerus="yes">
        <location line="+48" />
        <source>%Ln edit(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln modification en attente d’envoi</numerusform>
            <numerusform>%Ln modifications en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>as you see it</source>
        <translation>tel que vous le voyez</translation>
    </message>
    <message>
        <location line="+2" />
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/timeline/restore.py" line="+23" />
        <source>that point does not know this field</source>
        <translation>cet état ne connaît pas ce champ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the variant no longer exists</source>
        <translation>la variante n’existe plus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the variant did not exist then</source>
        <translation>la variante n’existait pas encore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the product has no Payload document now</source>
        <translation>le produit n’a plus de document Payload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it holds that value now</source>
        <translation>il a déjà cette valeur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'{name}' is not an editable field</source>
        <translation>« {name} » n’est pas un champ modifiable</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the Medusa ↔ Payload integration keeps it</source>
        <translation>l’intégration Medusa ↔ Payload le gère</translation>
    </message>
    <message>
        <location filename="../../desktop_app/timeline/versions.py" line="+36" />
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Payload versions are not available: {reason}</source>
        <translation>Les versions Payload ne sont pas disponibles : {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Payload versions could not be read: {reason}</source>
        <translation>Les versions Payload n’ont pas pu être lues : {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The newest {shown} of {total} Payload versions are shown; %Ln version(s) could not be read.</source>
        <translation>
            <numerusform>Les {shown} plus récentes des {total} versions Payload sont affichées ; %Ln version n’a pas pu être lue.</numerusform>
            <numerusform>Les {shown} plus récentes des {total} versions Payload sont affichées ; %Ln versions n’ont pas pu être lues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>The newest {shown} of {total} Payload versions are shown.</source>
        <translation>Les {shown} plus récentes des {total} versions Payload sont affichées.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln version(s) could not be read.</source>
        <translation>
            <numerusform>%Ln version n’a pas pu être lue.</numerusform>
            <numerusform>%Ln versions n’ont pas pu être lues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+3" />
        <source>user {id}</source>
        <translation>utilisateur {id}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>autosave</source>
        <translation>enregistrement auto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>latest</source>
        <translation>la plus récente</translation>
    </message>
    <message>
        <location line="+3" />
        <source>published in {locale}</source>
        <translation>publié en {locale}</translation>
    </message>
    <message>
        <location line="+30" />
        <source>this product has no Payload document.</source>
        <translation>ce produit n’a pas de document Payload.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there is no Payload connection.</source>
        <translation>il n’y a pas de connexion à Payload.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/point_list.py" line="+39" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who · note</source>
        <translation>Qui · note</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Points</source>
        <translation>États</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Newest first. The arrow keys pick a point to compare with now; Ctrl+arrow and Ctrl+Space pick a second one to compare the two.</source>
        <translation>Les plus récents d’abord. Les flèches choisissent un état à comparer à maintenant ; Ctrl+flèche et Ctrl+Espace en choisissent un second pour comparer les deux.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+58" />
        <source>at {stamp} (UTC)</source>
        <translation>le {stamp} (UTC)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>read by this app at {stamp} (UTC)</source>
        <translation>lu par cette application le {stamp} (UTC)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The servers do not say who made this change.</source>
        <translation>Les serveurs n’indiquent pas qui a fait cette modification.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sent: {fields}</source>
        <translation>Envoyé : {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/window.py" line="+81" />
        <location line="+16" />
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read the store and Payload's versions again</source>
        <translation>Relire le stockage local et les versions Payload</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Click a point to compare it with now; Ctrl+click a second one to compare the two.</source>
        <translation>Cliquez sur un état pour le comparer à maintenant ; Ctrl+clic sur un second compare les deux.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Show unchanged fields</source>
        <translation>Afficher les champs inchangés</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also list the fields that hold the same value at A and B</source>
        <translation>Afficher aussi les champs qui ont la même valeur en A et en B</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+227" />
        <source>Restore all</source>
        <translation>Tout restaurer</translation>
    </message>
    <message>
        <location line="-224" />
        <source>Set every field that differs back to its value at A (asks first): edits, sent with the next push</source>
        <translation>Remettre chaque champ qui diffère à sa valeur en A (après confirmation) : des modifications, envoyées au prochain envoi</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Reading Payload's versions…</source>
        <translation>Lecture des versions Payload…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Timeline — {title}</source>
        <translation>Historique — {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>{product} · %Ln earlier point(s)</source>
        <translation>
            <numerusform>{product} · %Ln état antérieur</numerusform>
            <numerusform>{product} · %Ln états antérieurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%Ln Payload version(s) listed.</source>
        <translation>
            <numerusform>%Ln version Payload listée.</numerusform>
            <numerusform>%Ln versions Payload listées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <source>Pick an earlier point to compare it with now.</source>
        <translation>Choisissez un état antérieur pour le comparer à maintenant.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing earlier is known of this product yet: its states are kept from its next pull, push or Payload version on.</source>
        <translation>Rien d’antérieur n’est encore connu de ce produit : ses états sont gardés à partir de la prochaine récupération, du prochain envoi ou de la prochaine version Payload.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Restore all to A ({count})</source>
        <translation>Tout ramener à A ({count})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restore all to A</source>
        <translation>Tout ramener à A</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Nothing to restore. {why}</source>
        <translation>Rien à restaurer. {why}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not restored: {error}</source>
        <translation>Non restauré : {error}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restored {fields} to A ({point}): sending…</source>
        <translation>Restauration de {fields} à A ({point}) : envoi en cours…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restored {fields} to A ({point}): waiting in the outbox for the next push.</source>
        <translation>Restauration de {fields} à A ({point}) : en attente dans la boîte d’envoi jusqu’au prochain envoi.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Sent.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not sent yet: {why}</source>
        <translation>Pas encore envoyé : {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Bring %Ln field(s) back to A ({point}, {time})?</source>
        <translation>
            <numerusform>Ramener %Ln champ à A ({point}, {time}) ?</numerusform>
            <numerusform>Ramener %Ln champs à A ({point}, {time}) ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>They are edits like any other: sent with the next push, and a colleague's change since shows as a conflict.</source>
        <translation>Ce sont des modifications comme les autres : envoyées au prochain envoi, et une modification d’un collègue depuis apparaît comme un conflit.</translation>
    </message>
</context>
<context>
    <name>TimelineDiff</name>
    <message>
        <location filename="../../desktop_app/timeline/blocks.py" line="+32" />
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rule</source>
        <translation>Ligne de séparation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Link to a document</source>
        <translation>Lien vers un document</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List item</source>
        <translation>Élément de liste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbered item</source>
        <translation>Élément numéroté</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checklist item</source>
        <translation>Élément de liste de contrôle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Heading {level}</source>
        <translation>Titre {level}</translation>
    </message>
    <message>
        <location line="+27" />
        <source>[image: media {id}]</source>
        <translation>[image : média {id}]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/timeline/words.py" line="+17" />
        <location line="+19" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta title</source>
        <translation>Méta-titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta description</source>
        <translation>Méta-description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta keywords</source>
        <translation>Méta-mots-clés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sales channels</source>
        <translation>Canaux de vente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa thumbnail</source>
        <translation>Miniature Medusa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa images</source>
        <translation>Images Medusa</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manage inventory</source>
        <translation>Gérer le stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allow backorder</source>
        <translation>Autoriser les commandes en rupture</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Metadata · {key}</source>
        <translation>Métadonnées · {key}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>(no prices)</source>
        <translation>(aucun prix)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../desktop_app/ui/timeline/window.py" line="+29" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/diff_html.py" line="+98" />
        <source>not read yet at this point</source>
        <translation>pas encore lu à cet état</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/diff_view.py" line="+48" />
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{moved} of %Ln block(s) differ</source>
        <translation>
            <numerusform>{moved} bloc sur %Ln diffère</numerusform>
            <numerusform>{moved} blocs sur %Ln diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Restore this field</source>
        <translation>Restaurer ce champ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Set {field} back to its value at A: an edit, sent with the next push</source>
        <translation>Remettre {field} à sa valeur en A : une modification, envoyée au prochain envoi</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot restore: {reason}</source>
        <translation>Restauration impossible : {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restore this field: {field}</source>
        <translation>Restaurer ce champ : {field}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pick a point to compare it with now.</source>
        <translation>Choisissez un état pour le comparer à maintenant.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No field differs between these two points.</source>
        <translation>Aucun champ ne diffère entre ces deux états.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%Ln field(s), A's value beside B's; the arrow keys scroll, Tab goes to each Restore this field</source>
        <translation>
            <numerusform>%Ln champ, la valeur de A à côté de celle de B ; les flèches font défiler, Tab va à chaque « Restaurer ce champ »</numerusform>
            <numerusform>%Ln champs, la valeur de A à côté de celle de B ; les flèches font défiler, Tab va à chaque « Restaurer ce champ »</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/window.py" line="-4" />
        <source>media {id}</source>
        <translation>média {id}</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../../desktop_app/ui/translations/window.py" line="+64" />
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outdated: the source changed</source>
        <translation>périmée : la source a changé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>traduite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nothing to translate</source>
        <translation>rien à traduire</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../../desktop_app/translations/setup.py" line="+251" />
        <source>This shop has no locale besides its default one to translate into.</source>
        <translation>Cette boutique n’a aucune langue vers laquelle traduire en dehors de sa langue par défaut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/translations/units.py" line="+32" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SEO title</source>
        <translation>Titre SEO</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SEO description</source>
        <translation>Description SEO</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SEO keywords</source>
        <translation>Mots-clés SEO</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Material</source>
        <translation>Matière</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Medusa title</source>
        <translation>Titre Medusa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa subtitle</source>
        <translation>Sous-titre Medusa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa description</source>
        <translation>Description Medusa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medusa material</source>
        <translation>Matière Medusa</translation>
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
            <numerusform>%Ln traduction enregistrée comme brouillons dans Payload (en ligne une fois le produit publié ; ceux de Medusa tels quels) ; envoi en cours…</numerusform>
            <numerusform>%Ln traductions enregistrées comme brouillons dans Payload (en ligne une fois le produit publié ; ceux de Medusa tels quels) ; envoi en cours…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Saved %Ln translation(s) as drafts in Payload (live when the product is published; Medusa's as they are); waiting in the outbox for the next push.</source>
        <translation>
            <numerusform>%Ln traduction enregistrée comme brouillons dans Payload (en ligne une fois le produit publié ; ceux de Medusa tels quels) ; en attente dans la boîte d’envoi jusqu’au prochain envoi.</numerusform>
            <numerusform>%Ln traductions enregistrées comme brouillons dans Payload (en ligne une fois le produit publié ; ceux de Medusa tels quels) ; en attente dans la boîte d’envoi jusqu’au prochain envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Saved %Ln translation(s); sending…</source>
        <translation>
            <numerusform>%Ln traduction enregistrée ; envoi en cours…</numerusform>
            <numerusform>%Ln traductions enregistrées ; envoi en cours…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Saved %Ln translation(s); waiting in the outbox for the next push.</source>
        <translation>
            <numerusform>%Ln traduction enregistrée ; en attente dans la boîte d’envoi jusqu’au prochain envoi.</numerusform>
            <numerusform>%Ln traductions enregistrées ; en attente dans la boîte d’envoi jusqu’au prochain envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33" />
        <source>{field} · Payload and Medusa</source>
        <translation>{field} · Payload et Medusa</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Medusa's own text is the same as Payload's: this translation is saved to both.</source>
        <translation>Le texte propre à Medusa est le même que celui de Payload : cette traduction est enregistrée dans les deux.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>edited, not saved</source>
        <translation>modifiée, non enregistrée</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Not translated yet</source>
        <translation>Pas encore traduit</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{field}, source ({locale})</source>
        <translation>{field}, source ({locale})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Read only: the text to translate</source>
        <translation>Lecture seule : le texte à traduire</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{field}, translation ({locale})</source>
        <translation>{field}, traduction ({locale})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{state} · edited, not saved</source>
        <translation>{state} · modifiée, non enregistrée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{state}. Markdown as in the content editor: Tab indents a list item, Ctrl+Tab moves on, Ctrl+S saves.</source>
        <translation>{state}. Markdown comme dans l’éditeur de contenu : Tab indente un élément de liste, Ctrl+Tab passe à la suite, Ctrl+S enregistre.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{state}. Ctrl+S saves.</source>
        <translation>{state}. Ctrl+S enregistre.</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+15" />
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Translate into</source>
        <translation>Traduire en</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drop the typing: each text shows its saved translation</source>
        <translation>Abandonner la saisie : chaque texte montre sa traduction enregistrée</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Record the translations (sent at once when online)</source>
        <translation>Enregistrer les traductions (envoyées aussitôt en ligne)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Asking the shop what it translates…</source>
        <translation>Demande à la boutique de ce qu’elle traduit…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Translations could not be checked: {error}</source>
        <translation>Les traductions n’ont pas pu être vérifiées : {error}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Translations are not available for this shop.</source>
        <translation>Les traductions ne sont pas disponibles pour cette boutique.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Translations — {title}</source>
        <translation>Traductions — {title}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your typing in the other locale was kept; save it there.</source>
        <translation>Votre saisie dans l’autre langue a été gardée ; enregistrez-la là-bas.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Nothing to translate: this product has no text in {locale} yet.</source>
        <translation>Rien à traduire : ce produit n’a encore aucun texte en {locale}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The locale to translate into from {source}; this product's texts there: {state}</source>
        <translation>La langue vers laquelle traduire depuis {source} ; les textes de ce produit dans cette langue : {state}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{product} · from {source} into {target}</source>
        <translation>{product} · de {source} vers {target}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Source ({locale})</source>
        <translation>Source ({locale})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Translation ({locale})</source>
        <translation>Traduction ({locale})</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>%Ln text(s) edited, not saved.</source>
        <translation>
            <numerusform>%Ln texte modifié, non enregistré.</numerusform>
            <numerusform>%Ln textes modifiés, non enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34" />
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+9" />
        <source>Saved; not sent yet: {why}</source>
        <translation>Enregistré ; pas encore envoyé : {why}</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Saved and sent.</source>
        <translation>Enregistré et envoyé.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Unsaved translations</source>
        <translation>Traductions non enregistrées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some translations are edited but not saved.</source>
        <translation>Certaines traductions sont modifiées mais pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/translations/files.py" line="+89" />
        <source>{field} (Markdown: keep the markup)</source>
        <translation>{field} (Markdown : gardez le balisage)</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="+23" />
        <source>Switching shop closes them. Cancel to go back and save, or discard the changes.</source>
        <translation>Changer de boutique les ferme. Annulez pour revenir enregistrer, ou abandonnez les modifications.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Closing the window closes them. Cancel to go back and save, or discard the changes.</source>
        <translation>Fermer la fenêtre les ferme. Annulez pour revenir enregistrer, ou abandonnez les modifications.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline/product_prompts.py" line="-21" />
        <location filename="../../desktop_app/ui/unsaved.py" line="+42" />
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…et %Ln autre</numerusform>
            <numerusform>…et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unsaved.py" line="+1" />
        <source>An open editor has changes that are not saved:|%Ln open editors have changes that are not saved:</source>
        <translation>
            <numerusform>%Ln éditeur ouvert a des modifications non enregistrées :</numerusform>
            <numerusform>%Ln éditeurs ouverts ont des modifications non enregistrées :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline/commerce_editor.py" line="-1" />
        <location filename="../../desktop_app/ui/unsaved.py" line="+2" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="+7" />
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <location filename="../../desktop_app/ui/offline/variant_table.py" line="+15" />
        <source>Prices per currency and per region, like “EUR 10.50, USD 12, Europe: EUR 9”</source>
        <translation>Prix par devise et par région, par exemple « EUR 10.50, USD 12, Europe: EUR 9 »</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Medusa tracks this variant's stock (the Stock tab sets it)</source>
        <translation>Medusa suit le stock de cette variante (l’onglet Stock le définit)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sell this variant when it is out of stock</source>
        <translation>Vendre cette variante même en rupture de stock</translation>
    </message>
    <message>
        <location line="+3" />
        <source>As Medusa stores it (the shop decides the unit)</source>
        <translation>Tel que Medusa le stocke (la boutique choisit l’unité)</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Added here: Medusa makes it at the next push</source>
        <translation>Ajoutée ici : Medusa la crée au prochain envoi</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/welcome/page.py" line="+38" />
        <source>Welcome to Shop Admin</source>
        <translation>Bienvenue dans Shop Admin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manage the products of a Medusa + Payload shop: search, edit and bulk-change them, online or offline. How would you like to start?</source>
        <translation>Gérez les produits d’une boutique Medusa + Payload : recherche, modification, modifications groupées, en ligne ou hors ligne. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connect to my shop</source>
        <translation>Connecter ma boutique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the addresses of your Medusa and Payload servers and their keys. Test connection checks them before anything is saved; the keys go to your system's keyring.</source>
        <translation>Saisissez les adresses de vos serveurs Medusa et Payload et leurs clés. « Tester la connexion » les vérifie avant tout enregistrement ; les clés vont dans le trousseau de votre système.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Connect to my shop…</source>
        <translation>Connecter ma boutique…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Try the demo shop</source>
        <translation>Essayer la boutique de démo</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Start a local Medusa + Payload shop with sample products on this computer. The first start installs and fills it, which can take a few minutes.</source>
        <translation>Démarrer sur cet ordinateur une boutique Medusa + Payload locale avec des produits d’exemple. Le premier démarrage l’installe et la remplit, ce qui peut prendre quelques minutes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The demo shop is not part of this installation; connect to your shop instead.</source>
        <translation>La boutique de démo ne fait pas partie de cette installation ; connectez plutôt votre boutique.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Starting the demo shop…</source>
        <translation>Démarrage de la boutique de démo…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting the demo shop was cancelled. Servers it had already started keep running until you stop them (stack/down); trying again picks up from there.</source>
        <translation>Le démarrage de la boutique de démo a été annulé. Les serveurs déjà lancés tournent jusqu’à ce que vous les arrêtiez (stack/down) ; un nouvel essai reprend de là.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The demo shop could not start.</source>
        <translation>La boutique de démo n’a pas pu démarrer.</translation>
    </message>
</context>
</TS>
