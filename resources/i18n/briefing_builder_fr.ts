<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and PySide6 (Qt for Python) are used under the GNU Lesser General Public License, version 3 (LGPL v3). They are linked dynamically: the Qt libraries are separate files in the app&apos;s folder and can be replaced by a compatible build. The source code of Qt and PySide6 is available from The Qt Company (code.qt.io) and, on request, from your IT team. Full text: https://www.gnu.org/licenses/lgpl-3.0.html</source>
        <translation>Qt et PySide6 (Qt for Python) sont utilisés sous la licence publique générale limitée GNU, version 3 (LGPL v3). Ils sont liés dynamiquement&#xa0;: les bibliothèques Qt sont des fichiers distincts dans le dossier de l’application et peuvent être remplacées par une version compatible. Le code source de Qt et de PySide6 est disponible auprès de The Qt Company (code.qt.io) et, sur demande, auprès de votre service informatique. Texte intégral&#xa0;: https://www.gnu.org/licenses/lgpl-3.0.html</translation>
    </message>
    <message>
        <source>(The licence file {file} is missing from this installation.)</source>
        <translation>(Le fichier de licence {file} est absent de cette installation.)</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>documents Word</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>documents PDF</translation>
    </message>
    <message>
        <source>ReportLab&apos;s accelerators</source>
        <translation>accélérateurs de ReportLab</translation>
    </message>
    <message>
        <source>text shaping, HarfBuzz</source>
        <translation>mise en forme du texte, HarfBuzz</translation>
    </message>
    <message>
        <source>right-to-left text</source>
        <translation>texte de droite à gauche</translation>
    </message>
    <message>
        <source>Arabic letter forms</source>
        <translation>formes des lettres arabes</translation>
    </message>
    <message>
        <source>font subsetting</source>
        <translation>sous-ensembles de polices</translation>
    </message>
    <message>
        <source>PDF checks</source>
        <translation>vérifications des PDF</translation>
    </message>
    <message>
        <source>the library database</source>
        <translation>la base de données de la bibliothèque</translation>
    </message>
    <message>
        <source>dates and numbers in four languages</source>
        <translation>dates et nombres en quatre langues</translation>
    </message>
    <message>
        <source>country names, ISO 3166</source>
        <translation>noms des pays, ISO 3166</translation>
    </message>
    <message>
        <source>data and settings folders</source>
        <translation>emplacements des données et des réglages</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>la ligne de commande</translation>
    </message>
    <message>
        <source>settings files</source>
        <translation>fichiers de réglages</translation>
    </message>
    <message>
        <source>Word&apos;s XML</source>
        <translation>le XML de Word</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>see its project</source>
        <translation>voir son projet</translation>
    </message>
    <message>
        <source>{name}: {licence} (version not recorded in this installation)</source>
        <translation>{name}&#xa0;: {licence} (version non indiquée dans cette installation)</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licence&#xa0;: {licence}</translation>
    </message>
    <message>
        <source>Font: {family}</source>
        <translation>Police&#xa0;: {family}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Offline briefing packs from a library of sourced facts.</source>
        <translation>Des dossiers d’information hors ligne, à partir d’une bibliothèque de faits sourcés.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Dossier des données&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Bundled components and their licences:</source>
        <translation>Composants fournis et leurs licences&#xa0;:</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>Composants fournis</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
</context>
<context>
    <name>Annex</name>
    <message>
        <source>it is encrypted</source>
        <translation>il est chiffré</translation>
    </message>
    <message>
        <source>Word cannot open it (python-docx refused it)</source>
        <translation>Word ne peut pas l’ouvrir (python-docx l’a refusé)</translation>
    </message>
    <message>
        <source>does not exist or is not a file</source>
        <translation>n’existe pas ou n’est pas un fichier</translation>
    </message>
    <message>
        <source>is {size} MB; the limit is {limit} MB</source>
        <translation>fait {size} Mo&#xa0;; le maximum est {limit} Mo</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <source>is a PDF that cannot be used: {reason}</source>
        <translation>est un PDF inutilisable&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>is not a readable PDF ({error})</source>
        <translation>n’est pas un PDF lisible ({error})</translation>
    </message>
    <message>
        <source>is a PDF without pages</source>
        <translation>est un PDF sans pages</translation>
    </message>
    <message>
        <source>is neither a PDF nor a Word (.docx) document (judged by its content)</source>
        <translation>n’est ni un PDF ni un document Word (.docx) (d’après son contenu)</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>lists {count} files; the limit is {limit}</source>
        <translation>compte {count} fichiers&#xa0;; le maximum est {limit}</translation>
    </message>
    <message>
        <source>annex {number}</source>
        <translation>annexe {number}</translation>
    </message>
    <message>
        <source>is not a field of an annex (path, title)</source>
        <translation>n’est pas un champ d’annexe (path, title)</translation>
    </message>
    <message>
        <source>must be one line of text (at most 500 characters)</source>
        <translation>doit être une seule ligne de texte (500 caractères au plus)</translation>
    </message>
    <message>
        <source>must be the path of a PDF or Word file, or {{&quot;path&quot;: ..., &quot;title&quot;: ...}}</source>
        <translation>doit être le chemin d’un fichier PDF ou Word, ou {{&quot;path&quot;: ..., &quot;title&quot;: ...}}</translation>
    </message>
    <message>
        <source>must be the path of a PDF or Word file</source>
        <translation>doit être le chemin d’un fichier PDF ou Word</translation>
    </message>
    <message>
        <source>{path} {reason}</source>
        <translation>{path} {reason}</translation>
    </message>
</context>
<context>
    <name>AnnexList</name>
    <message>
        <source>An&amp;nexes, after the pack (PDF or Word; drop files here):</source>
        <translation>A&amp;nnexes, après le dossier (PDF ou Word&#xa0;; déposez les fichiers ici)&#xa0;:</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>PDF and Word files attached after the pack, in order; drop files here to add them</source>
        <translation>Fichiers PDF et Word joints après le dossier, dans l’ordre&#xa0;; déposez des fichiers ici pour les ajouter</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Choose PDF or Word files to attach after the pack</source>
        <translation>Choisir des fichiers PDF ou Word à joindre après le dossier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add annexes</source>
        <translation>Ajouter des annexes</translation>
    </message>
    <message>
        <source>Remove the selected annex</source>
        <translation>Retirer l’annexe sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected annex up</source>
        <translation>Monter l’annexe sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected annex down</source>
        <translation>Descendre l’annexe sélectionnée</translation>
    </message>
    <message>
        <source>Attach annexes</source>
        <translation>Joindre des annexes</translation>
    </message>
    <message>
        <source>PDF and Word files (*.pdf *.docx);;All files (*)</source>
        <translation>Fichiers PDF et Word (*.pdf *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attach &apos;%s&apos;</source>
        <translation>Joindre «&#xa0;%s&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Attach %Ln annexes</source>
        <translation>
            <numerusform>Joindre %Ln annexe</numerusform>
            <numerusform>Joindre %Ln annexes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the annex &apos;{name}&apos; up</source>
        <translation>Monter l’annexe «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Move the annex &apos;{name}&apos; down</source>
        <translation>Descendre l’annexe «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the annex &apos;%s&apos;</source>
        <translation>Retirer l’annexe «&#xa0;%s&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %Ln page(s)</source>
        <translation>
            <numerusform>PDF, %Ln page</numerusform>
            <numerusform>PDF, %Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Annex {letter}: {name}</source>
        <translation>Annexe {letter}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Annexes: %d files; the limit is %d.</source>
        <translation>Annexes&#xa0;: %d fichiers&#xa0;; la limite est de %d.</translation>
    </message>
    <message>
        <source>Annex %d: %s %s</source>
        <translation>Annexe %d&#xa0;: %s %s</translation>
    </message>
</context>
<context>
    <name>AttendeeList</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>%s: attendees</source>
        <translation>%s&#xa0;: participants</translation>
    </message>
    <message>
        <source>Select every attendee</source>
        <translation>Sélectionner tous les participants</translation>
    </message>
    <message>
        <source>Type a name, or part of one to find people in the library (Down, Enter to pick); then Enter or Add</source>
        <translation>Saisissez un nom, ou une partie pour trouver des personnes dans la bibliothèque (Bas, Entrée pour choisir)&#xa0;; puis Entrée ou Ajouter</translation>
    </message>
    <message>
        <source>%s: new attendee&apos;s name</source>
        <translation>%s&#xa0;: nom du nouveau participant</translation>
    </message>
    <message>
        <source>Type part of a name: people in the library are offered; or keep the name as typed</source>
        <translation>Saisissez une partie d’un nom&#xa0;: les personnes de la bibliothèque sont proposées&#xa0;; ou gardez le nom tel quel</translation>
    </message>
    <message>
        <source>The attendee&apos;s role as printed; empty for a library person: the library&apos;s role</source>
        <translation>La fonction du participant telle qu’imprimée&#xa0;; vide pour une personne de la bibliothèque&#xa0;: la fonction enregistrée</translation>
    </message>
    <message>
        <source>%s: new attendee&apos;s role</source>
        <translation>%s&#xa0;: fonction du nouveau participant</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the attendee to %s</source>
        <translation>Ajouter le participant à %s</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected attendee from %s</source>
        <translation>Retirer le participant sélectionné de %s</translation>
    </message>
    <message>
        <source>Move the selected attendee up</source>
        <translation>Monter le participant sélectionné</translation>
    </message>
    <message>
        <source>Move the selected attendee down</source>
        <translation>Descendre le participant sélectionné</translation>
    </message>
    <message>
        <source>%s: people in the library matching the name</source>
        <translation>%s&#xa0;: personnes de la bibliothèque correspondant au nom</translation>
    </message>
    <message>
        <source>(not in the library: %s)</source>
        <translation>(absent de la bibliothèque&#xa0;: %s)</translation>
    </message>
    <message>
        <source>From the library: %s</source>
        <translation>Depuis la bibliothèque&#xa0;: %s</translation>
    </message>
    <message>
        <source>The library&apos;s role, printed unless you type another here</source>
        <translation>La fonction enregistrée dans la bibliothèque, imprimée sauf si vous en saisissez une autre ici</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot create the backup folder {folder}: {error}.</source>
        <translation>Impossible de créer le dossier des sauvegardes {folder}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {error}.</source>
        <translation>Impossible d’écrire la sauvegarde {file}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The backup to {file} failed: {error}.</source>
        <translation>La sauvegarde vers {file} a échoué&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>cannot be opened: {error}</source>
        <translation>elle ne peut pas être ouverte&#xa0;: {error}</translation>
    </message>
    <message>
        <source>is not a Briefing Builder library</source>
        <translation>ce n’est pas une bibliothèque Briefing Builder</translation>
    </message>
    <message>
        <source>was made by a newer version of the app (schema {version})</source>
        <translation>elle a été créée par une version plus récente de l’application (schéma {version})</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>elle est endommagée ({detail})</translation>
    </message>
    <message>
        <source>This library is read-only here; a backup cannot be restored into it.</source>
        <translation>Ici, cette bibliothèque est en lecture seule&#xa0;; aucune sauvegarde ne peut y être restaurée.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be restored: it {problem}.</source>
        <translation>La sauvegarde {name} ne peut pas être restaurée&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Restoring {name} failed ({error}); the library is as it was, and a copy of it is in {safety}.</source>
        <translation>La restauration de {name} a échoué ({error})&#xa0;; la bibliothèque est restée telle quelle, et une copie en est conservée dans {safety}.</translation>
    </message>
</context>
<context>
    <name>CheckLibraryDialog</name>
    <message>
        <source>Check library</source>
        <translation>Vérifier la bibliothèque</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Vérification de la bibliothèque…</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Each problem the check found, one per line</source>
        <translation>Chaque problème trouvé par la vérification, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Réparer</translation>
    </message>
    <message>
        <source>Rebuild the search index from the items (nothing else is changed)</source>
        <translation>Reconstruire l’index de recherche à partir des éléments (rien d’autre n’est modifié)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Repairing the search index…</source>
        <translation>Réparation de l’index de recherche…</translation>
    </message>
    <message>
        <source>The check could not be completed.</source>
        <translation>La vérification n’a pas pu aboutir.</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>Vérification de la bibliothèque</translation>
    </message>
    <message>
        <source>The library is healthy: integrity, foreign keys, schema and search index are all in order.</source>
        <translation>La bibliothèque est saine&#xa0;: intégrité, clés étrangères, schéma et index de recherche sont en ordre.</translation>
    </message>
    <message>
        <source>Repaired: the search index was rebuilt. {state}</source>
        <translation>Réparée&#xa0;: l’index de recherche a été reconstruit. {state}</translation>
    </message>
    <message>
        <source>The search index does not match the items. Repair rebuilds it from the items; no item is changed.</source>
        <translation>L’index de recherche ne correspond pas aux éléments. Réparer le reconstruit à partir des éléments&#xa0;; aucun élément n’est modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found that cannot be repaired here. Use Library ▸ Restore backup to go back to a copy taken before they appeared.</source>
        <translation>
            <numerusform>%Ln problème trouvé qui ne peut pas être réparé ici. Utilisez Bibliothèque ▸ Restaurer une sauvegarde pour revenir à une copie antérieure à son apparition.</numerusform>
            <numerusform>%Ln problèmes trouvés qui ne peuvent pas être réparés ici. Utilisez Bibliothèque ▸ Restaurer une sauvegarde pour revenir à une copie antérieure à leur apparition.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Configuration</name>
    <message>
        <source>must be text in quotes</source>
        <translation>doit être un texte entre guillemets</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %Ln characters</source>
        <translation>
            <numerusform>dépasse %Ln caractère</numerusform>
            <numerusform>dépasse %Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>doit être l’une des valeurs suivantes : {options}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a non-empty list of markings, lowest first, e.g. [&quot;UNCLASSIFIED&quot;, &quot;SECRET&quot;]</source>
        <translation>doit être une liste non vide de mentions, de la plus basse à la plus élevée, par exemple [&quot;UNCLASSIFIED&quot;, &quot;SECRET&quot;]</translation>
    </message>
    <message>
        <source>lists a marking twice</source>
        <translation>cite deux fois la même mention</translation>
    </message>
    <message>
        <source>must be an octal file mode in quotes, e.g. &quot;0600&quot; or &quot;0640&quot;</source>
        <translation>doit être un mode de fichier octal entre guillemets, par exemple &quot;0600&quot; ou &quot;0640&quot;</translation>
    </message>
    <message>
        <source>must let the owner read and write the file (e.g. &quot;0600&quot;)</source>
        <translation>doit permettre au propriétaire de lire et d’écrire le fichier (par exemple &quot;0600&quot;)</translation>
    </message>
    <message>
        <source>must be a list of setting names such as &quot;organisation.name&quot;</source>
        <translation>doit être une liste de noms de paramètres tels que &quot;organisation.name&quot;</translation>
    </message>
    <message>
        <source>names an unknown setting {name}</source>
        <translation>cite un paramètre inconnu, {name}</translation>
    </message>
    <message>
        <source>The configuration file {path} is not valid TOML: {error}.</source>
        <translation>Le fichier de configuration {path} n’est pas un TOML valide : {error}.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file {path}: {error}.</source>
        <translation>Impossible de lire le fichier de configuration {path} : {error}.</translation>
    </message>
    <message>
        <source>In {path}: &apos;{section}&apos; must be a [section], e.g. [organisation].</source>
        <translation>Dans {path} : « {section} » doit être une [section], par exemple [organisation].</translation>
    </message>
    <message>
        <source>In {path}: unknown setting &apos;{name}&apos; (known settings: {known}).</source>
        <translation>Dans {path} : paramètre inconnu « {name} » (paramètres connus : {known}).</translation>
    </message>
    <message>
        <source>In {path}: setting &apos;{name}&apos; {problem}.</source>
        <translation>Dans {path} : le paramètre « {name} » {problem}.</translation>
    </message>
    <message>
        <source>In {path}: setting &apos;{name}&apos; can only be set by IT, in a system-wide configuration file or beside the executable.</source>
        <translation>Dans {path} : le paramètre « {name} » ne peut être défini que par le service informatique, dans un fichier de configuration du système ou à côté de l’exécutable.</translation>
    </message>
    <message>
        <source>The environment variable {variable} {problem}.</source>
        <translation>La variable d’environnement {variable} {problem}.</translation>
    </message>
    <message>
        <source>the built-in defaults</source>
        <translation>les valeurs par défaut intégrées</translation>
    </message>
    <message>
        <source>In {origin}: setting &apos;classification.default&apos; is {marking}, which is not one of the allowed markings ({markings}).</source>
        <translation>Dans {origin} : le paramètre « classification.default » vaut {marking}, qui ne fait pas partie des mentions autorisées ({markings}).</translation>
    </message>
    <message>
        <source>No user settings file is known.</source>
        <translation>Aucun fichier de paramètres de l’utilisateur n’est connu.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{name}&apos;.</source>
        <translation>Paramètre inconnu « {name} ».</translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; is set by your organisation and cannot be changed here.</source>
        <translation>Le paramètre « {name} » est fixé par votre organisation et ne peut pas être modifié ici.</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Find a country by name or code…</source>
        <translation>Chercher un pays par nom ou code…</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Chercher un pays</translation>
    </message>
    <message>
        <source>Language of country names</source>
        <translation>Langue des noms de pays</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>African Union members</source>
        <translation>Membres de l’Union africaine</translation>
    </message>
    <message>
        <source>AU: {region}</source>
        <translation>UA&#xa0;: {region}</translation>
    </message>
    <message>
        <source>Country group</source>
        <translation>Groupe de pays</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Choisissez un pays</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Dated statuses</source>
        <translation>Statuts datés</translation>
    </message>
    <message>
        <source>Your notes on this country (saved in the library)</source>
        <translation>Vos notes sur ce pays (enregistrées dans la bibliothèque)</translation>
    </message>
    <message>
        <source>Country notes</source>
        <translation>Notes sur le pays</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>Enregistrer les &amp;notes</translation>
    </message>
    <message>
        <source>Choose or type a topic</source>
        <translation>Choisissez ou saisissez un sujet</translation>
    </message>
    <message>
        <source>e.g. ratified, signed</source>
        <translation>p. ex. ratifié, signé</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>&amp;Add status</source>
        <translation>A&amp;jouter le statut</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>New status topic</source>
        <translation>Sujet du nouveau statut</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>New status status</source>
        <translation>Valeur du nouveau statut</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>À la date du&#xa0;:</translation>
    </message>
    <message>
        <source>New status as of</source>
        <translation>Date du nouveau statut</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>New status source</source>
        <translation>Source du nouveau statut</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>New status note</source>
        <translation>Remarque du nouveau statut</translation>
    </message>
    <message>
        <source>Record a dated, sourced status</source>
        <translation>Enregistrer un statut daté et sourcé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Loading the countries</source>
        <translation>Chargement des pays</translation>
    </message>
    <message>
        <source>— choose the source —</source>
        <translation>— choisissez la source —</translation>
    </message>
    <message>
        <source>{language}: {name}</source>
        <translation>{language}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>African Union member state, {region} region</source>
        <translation>État membre de l’Union africaine, région {region}</translation>
    </message>
    <message>
        <source> (as the {au_name})</source>
        <translation> (sous le nom «&#xa0;{au_name}&#xa0;»)</translation>
    </message>
    <message>
        <source>Not an African Union member state</source>
        <translation>Pas un État membre de l’Union africaine</translation>
    </message>
    <message>
        <source>No statuses recorded</source>
        <translation>Aucun statut enregistré</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source> [confidence {mark}]</source>
        <translation> [fiabilité {mark}]</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Source&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>Saved the notes on {country}.</source>
        <translation>Notes sur {country} enregistrées.</translation>
    </message>
    <message>
        <source>Edit the notes on {country}</source>
        <translation>Modifier les notes sur {country}</translation>
    </message>
    <message>
        <source>Saving the notes</source>
        <translation>Enregistrement des notes</translation>
    </message>
    <message>
        <source>Recorded {topic}: {status}.</source>
        <translation>Enregistré&#xa0;: {topic}&#xa0;: {status}.</translation>
    </message>
    <message>
        <source>Add status {topic}: {status} ({code})</source>
        <translation>Ajouter le statut {topic}&#xa0;: {status} ({code})</translation>
    </message>
    <message>
        <source>Recording the status</source>
        <translation>Enregistrement du statut</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>File &amp;reference:</source>
        <translation>&amp;Référence d’archivage&#xa0;:</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>p. ex. 2</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Rédigé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Des&amp;k:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>desk or team</source>
        <translation>service ou équipe</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. +44 20 0000 0000</source>
        <translation>p. ex. +44 20 0000 0000</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cleared by:</source>
        <translation>&amp;Approuvé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date prepared:</source>
        <translation>&amp;Date de rédaction&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{what}: {message}</source>
        <translation>{what}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{what} did not succeed.</source>
        <translation>Échec&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>{what} did not succeed</source>
        <translation>Échec&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The library file looks damaged ({error}). Use Library ▸ Check library (&apos;briefing-builder library check&apos;), or restore a backup.</source>
        <translation>Le fichier de la bibliothèque semble endommagé ({error}). Utilisez Bibliothèque ▸ Vérifier la bibliothèque (« briefing-builder library check ») ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>{reason}: {file}</source>
        <translation>{reason}&#xa0;: {file}</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs, or build a smaller pack.</source>
        <translation>L’ordinateur manque de mémoire. Fermez d’autres programmes ou constituez un dossier plus court.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Nothing was changed.</source>
        <translation>Une erreur inattendue s’est produite ({error}). Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown format {format}; choose from {formats}.</source>
        <translation>Format inconnu {format}&#xa0;; choisissez parmi {formats}.</translation>
    </message>
    <message>
        <source>{file} already exists; nothing was written.</source>
        <translation>{file} existe déjà&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>{file} already exists (and %Ln more of the pack&apos;s files); nothing was written.</source>
        <translation>
            <numerusform>{file} existe déjà (ainsi que %Ln autre fichier du dossier)&#xa0;; rien n’a été écrit.</numerusform>
            <numerusform>{file} existe déjà (ainsi que %Ln autres fichiers du dossier)&#xa0;; rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name is empty once unsafe characters are removed.</source>
        <translation>Le nom de fichier est vide une fois les caractères non sûrs retirés.</translation>
    </message>
    <message>
        <source>No free file name like {name} in {folder}.</source>
        <translation>Aucun nom de fichier libre semblable à {name} dans {folder}.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {error}; nothing was changed.</source>
        <translation>Impossible d’écrire dans {folder}&#xa0;: {error}&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The new files in {folder} could not all be put in place ({error}: {file}); the next build into this folder completes it.</source>
        <translation>Les nouveaux fichiers de {folder} n’ont pas tous pu être mis en place ({error}&#xa0;: {file})&#xa0;; la prochaine production à cet emplacement terminera l’opération.</translation>
    </message>
    <message>
        <source>Cannot finish or remove the files an earlier export left in {folder}: {error}.</source>
        <translation>Impossible de terminer ou de supprimer les fichiers laissés par un export précédent dans {folder}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The export journal {journal} cannot be read ({error}); move it away to continue.</source>
        <translation>Le journal d’export {journal} est illisible ({error})&#xa0;; déplacez-le pour continuer.</translation>
    </message>
    <message>
        <source>The export journal {journal} names a file that is not its own: {name}.</source>
        <translation>Le journal d’export {journal} nomme un fichier qui n’est pas le sien&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>The export journal {journal} names {name}, which is not a plain file name.</source>
        <translation>Le journal d’export {journal} nomme {name}, qui n’est pas un simple nom de fichier.</translation>
    </message>
    <message>
        <source>The pack&apos;s file list for {folder} names {name}, which is not a plain file name.</source>
        <translation>La liste des fichiers du dossier pour {folder} nomme {name}, qui n’est pas un simple nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot open the output folder {folder}: {error}.</source>
        <translation>Impossible d’ouvrir l’emplacement de sortie {folder}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Cannot lock the output folder {folder}: {error}.</source>
        <translation>Impossible de verrouiller l’emplacement de sortie {folder}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The Word annex {title} cannot be opened ({error}).</source>
        <translation>L’annexe Word {title} ne peut pas être ouverte ({error}).</translation>
    </message>
    <message>
        <source>The output folder {folder} does not exist.</source>
        <translation>L’emplacement de sortie {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>The output path {folder} is not a folder.</source>
        <translation>Le chemin de sortie {folder} n’est pas un répertoire.</translation>
    </message>
    <message>
        <source>The output folder {folder} is not writable.</source>
        <translation>L’emplacement de sortie {folder} n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The organisation logo {path} cannot be read ({error}).</source>
        <translation>Le logo de l’organisation {path} est illisible ({error}).</translation>
    </message>
    <message>
        <source>An annex cannot be read as a PDF ({error}).</source>
        <translation>Une annexe ne peut pas être lue comme un PDF ({error}).</translation>
    </message>
    <message>
        <source>The photo of {name} cannot be read ({error}).</source>
        <translation>La photo de {name} est illisible ({error}).</translation>
    </message>
    <message>
        <source>The photo of a person cannot be read ({error}).</source>
        <translation>La photo d’une personne est illisible ({error}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the pack</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>&amp;Word (.docx), to edit</source>
        <translation>&amp;Word (.docx), à modifier</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Write a Word document (.docx) to edit</source>
        <translation>Écrire un document Word (.docx) à modifier</translation>
    </message>
    <message>
        <source>P&amp;DF, to read and print</source>
        <translation>P&amp;DF, à lire et imprimer</translation>
    </message>
    <message>
        <source>Write a PDF file to read and print</source>
        <translation>Écrire un fichier PDF à lire et imprimer</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the folder</source>
        <translation>Choisir l’emplacement</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>The name of the files, without .docx or .pdf</source>
        <translation>Le nom des fichiers, sans .docx ni .pdf</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Tick Word, PDF or both.</source>
        <translation>Cochez Word, PDF ou les deux.</translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation>Choisissez l’emplacement où exporter.</translation>
    </message>
    <message>
        <source>Give the files a name.</source>
        <translation>Donnez un nom aux fichiers.</translation>
    </message>
    <message>
        <source>Files already exist</source>
        <translation>Des fichiers existent déjà</translation>
    </message>
    <message>
        <source>{folder} already holds files named “{name}”:</source>
        <translation>{folder} contient déjà des fichiers nommés «&#xa0;{name}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Replace them, or keep both and name the new files “{name}”?</source>
        <translation>Les remplacer, ou garder les deux et nommer les nouveaux fichiers «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>Replace the existing files with the new ones</source>
        <translation>Remplacer les fichiers existants par les nouveaux</translation>
    </message>
    <message>
        <source>Keep the existing files; the new ones are named {name}</source>
        <translation>Garder les fichiers existants&#xa0;; les nouveaux sont nommés {name}</translation>
    </message>
    <message>
        <source>Do not export</source>
        <translation>Ne pas exporter</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>The pack is marked {marking}.</source>
        <translation>Le dossier porte la mention {marking}.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Afficher l’emplacement</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>Impossible d’écrire dans {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>le disque est en lecture seule</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>seed file {file}</source>
        <translation>fichier d’amorçage {file}</translation>
    </message>
    <message>
        <source>is not valid TOML ({error})</source>
        <translation>n’est pas un TOML valide ({error})</translation>
    </message>
    <message>
        <source>seed file translations/{file}</source>
        <translation>fichier d’amorçage translations/{file}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>doit être une table</translation>
    </message>
    <message>
        <source>seed file translations/{file}, {record} {key}</source>
        <translation>fichier d’amorçage translations/{file}, {record} {key}</translation>
    </message>
    <message>
        <source>seed file translations/{file}, status_note {index}</source>
        <translation>fichier d’amorçage translations/{file}, status_note {index}</translation>
    </message>
    <message>
        <source>seed file {file}, item {index} ({uid})</source>
        <translation>fichier d’amorçage {file}, élément {index} ({uid})</translation>
    </message>
    <message>
        <source>must be an object keyed by language code</source>
        <translation>doit être un objet dont les clés sont des codes de langue</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}.</source>
        <translation>Impossible de lire {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>{file} line {line} column {column}</source>
        <translation>{file} ligne {line} colonne {column}</translation>
    </message>
    <message>
        <source>is not valid JSON ({error})</source>
        <translation>n’est pas du JSON valide ({error})</translation>
    </message>
    <message>
        <source>is nested too deeply to be a library file</source>
        <translation>est trop profondément imbriqué pour être un fichier de bibliothèque</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>is not a known column (known: {columns})</source>
        <translation>n’est pas une colonne connue (colonnes connues&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>column is missing</source>
        <translation>colonne manquante</translation>
    </message>
    <message>
        <source>has {cells} cells; the header has {columns}</source>
        <translation>compte {cells} cellules&#xa0;; l’en-tête en compte {columns}</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>doit être un nombre entier au moins égal à 1</translation>
    </message>
    <message>
        <source>{list}[{index}]</source>
        <translation>{list}[{index}]</translation>
    </message>
    <message>
        <source>{list}[{index}] ({uid})</source>
        <translation>{list}[{index}] ({uid})</translation>
    </message>
    <message>
        <source>{where} translations.{language}</source>
        <translation>{where}, translations.{language}</translation>
    </message>
    <message>
        <source>{where} statuses[{index}]</source>
        <translation>{where}, statuses[{index}]</translation>
    </message>
    <message>
        <source>{file} line {line}</source>
        <translation>{file} ligne {line}</translation>
    </message>
    <message>
        <source>is not valid CSV ({error})</source>
        <translation>n’est pas du CSV valide ({error})</translation>
    </message>
    <message>
        <source>{uid} appears twice in the file</source>
        <translation>{uid} figure deux fois dans le fichier</translation>
    </message>
    <message>
        <source>no source has the uid {uid}</source>
        <translation>aucune source n’a l’uid {uid}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n’est pas un champ connu</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>must hold a JSON object with &apos;sources&apos;, &apos;items&apos; and &apos;countries&apos;</source>
        <translation>doit contenir un objet JSON avec &apos;sources&apos;, &apos;items&apos; et &apos;countries&apos;</translation>
    </message>
    <message>
        <source>must be {name}</source>
        <translation>doit être {name}</translation>
    </message>
    <message>
        <source>{version} is newer than this version of Briefing Builder reads ({latest})</source>
        <translation>{version} est plus récent que ce que cette version de Briefing Builder sait lire ({latest})</translation>
    </message>
    <message>
        <source>no source has the uid {uid} (in the file or the library)</source>
        <translation>aucune source n’a l’uid {uid} (dans le fichier ou la bibliothèque)</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166-1 country</source>
        <translation>{code} n’est pas un pays ISO 3166-1</translation>
    </message>
    <message>
        <source>is required for an item with translations</source>
        <translation>est obligatoire pour un élément qui a des traductions</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166-1 alpha-3 code</source>
        <translation>{code} n’est pas un code ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be one of {regions} or null</source>
        <translation>doit être l’une des valeurs {regions} ou null</translation>
    </message>
    <message>
        <source>is required when au_member is true</source>
        <translation>est obligatoire quand au_member vaut true</translation>
    </message>
    <message>
        <source>must be a list of biography lines</source>
        <translation>doit être une liste de lignes de biographie</translation>
    </message>
    <message>
        <source>must be an object with the image as base64 &apos;data&apos;, or null</source>
        <translation>doit être un objet contenant l’image en base64 dans &apos;data&apos;, ou null</translation>
    </message>
    <message>
        <source>must be the image file as base64 text</source>
        <translation>doit être le fichier image sous forme de texte base64</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>does not match the image data (the file was damaged or edited by hand)</source>
        <translation>ne correspond pas aux données de l’image (le fichier a été endommagé ou modifié à la main)</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Aucun élément sélectionné</translation>
    </message>
    <message>
        <source>paragraph, section or page</source>
        <translation>paragraphe, section ou page</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-JJ (facultatif)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. summit-2019, key-figures</source>
        <translation>séparés par des virgules, p. ex. summit-2019, key-figures</translation>
    </message>
    <message>
        <source>comma-separated: {codes}</source>
        <translation>séparés par des virgules&#xa0;: {codes}</translation>
    </message>
    <message>
        <source>ISO codes, comma-separated, e.g. ETH, KEN</source>
        <translation>codes ISO séparés par des virgules, p. ex. ETH, KEN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>À revoir avant le</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation>Notes de la rédaction</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Erreur&#xa0;: {field}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>Par exemple&#xa0;: {example}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this item (Ctrl+S)</source>
        <translation>Enregistrer cet élément (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>Traductions…</translation>
    </message>
    <message>
        <source>Translate this item into another language, side by side</source>
        <translation>Traduire cet élément dans une autre langue, côte à côte</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>— choose a source —</source>
        <translation>— choisissez une source —</translation>
    </message>
    <message>
        <source>uid {uid} · revision {revision} · created {created} · updated {updated}</source>
        <translation>uid {uid} · révision {revision} · créé le {created} · modifié le {updated}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvel élément</translation>
    </message>
    <message>
        <source>Every item needs a source; add one under Sources if it is not listed.</source>
        <translation>Chaque élément doit avoir une source&#xa0;; ajoutez-la sous Sources si elle n’est pas dans la liste.</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166 country code</source>
        <translation>{code} n’est pas un code de pays ISO 3166</translation>
    </message>
    <message>
        <source>is not one of the configured markings</source>
        <translation>ne fait pas partie des mentions configurées</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>• Unsaved changes</source>
        <translation>• Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <source>Add an item to “{section}”</source>
        <translation>Ajouter un élément à «&#xa0;{section}&#xa0;»</translation>
    </message>
    <message>
        <source>Add an item from the library</source>
        <translation>Ajouter un élément de la bibliothèque</translation>
    </message>
    <message>
        <source>Search the library…</source>
        <translation>Rechercher dans la bibliothèque…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Words, prefixes or &quot;a phrase&quot;; the list below updates as you type</source>
        <translation>Mots, débuts de mots ou «&#xa0;une expression&#xa0;»&#xa0;; la liste se met à jour pendant la saisie</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation>Éléments correspondants</translation>
    </message>
    <message>
        <source>Enter or a double-click adds the item</source>
        <translation>Entrée ou un double-clic ajoute l’élément</translation>
    </message>
    <message>
        <source>&amp;Matching items:</source>
        <translation>Éléments &amp;correspondants&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the selected item</source>
        <translation>Ajouter l’élément sélectionné</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>La recherche a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Search for an item, then select it</source>
        <translation>Recherchez un élément, puis sélectionnez-le</translation>
    </message>
</context>
<context>
    <name>ItemsTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Review was due on {date}.</source>
        <translation>La révision était prévue le {date}.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Move it aside and run &apos;briefing-builder library init&apos; to start a new library, or restore a copy from {folder}.</source>
        <translation>Mettez-le de côté et lancez « briefing-builder library init » pour créer une nouvelle bibliothèque, ou restaurez une copie depuis {folder}.</translation>
    </message>
    <message>
        <source>The library path {path} is a folder, not a file. {what_to_do}</source>
        <translation>Le chemin de la bibliothèque {path} est un dossier, pas un fichier. {what_to_do}</translation>
    </message>
    <message>
        <source>Cannot open the library file {path}: {error}. {what_to_do}</source>
        <translation>Impossible d’ouvrir le fichier de bibliothèque {path}&#xa0;: {error}. {what_to_do}</translation>
    </message>
    <message>
        <source>The file {path} is not a readable library ({error}). {what_to_do}</source>
        <translation>Le fichier {path} n’est pas une bibliothèque lisible ({error}). {what_to_do}</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database but not a Briefing Builder library. {what_to_do}</source>
        <translation>Le fichier {path} est une base de données SQLite, mais pas une bibliothèque Briefing Builder. {what_to_do}</translation>
    </message>
    <message>
        <source>The library {path} was made by a newer version of Briefing Builder (schema {schema}; this version understands up to {supported}). It was not modified: install the newer version to use it.</source>
        <translation>La bibliothèque {path} a été créée par une version plus récente de Briefing Builder (schéma {schema}&#xa0;; cette version comprend jusqu’au schéma {supported}). Elle n’a pas été modifiée&#xa0;: installez la version plus récente pour l’utiliser.</translation>
    </message>
    <message>
        <source>There is no library at {path}. Run &apos;briefing-builder library init&apos; to create one.</source>
        <translation>Il n’y a pas de bibliothèque à l’emplacement {path}. Lancez « briefing-builder library init » pour en créer une.</translation>
    </message>
    <message>
        <source>The library {path} needs to be created or upgraded, but it was opened read-only.</source>
        <translation>La bibliothèque {path} doit être créée ou mise à niveau, mais elle a été ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot create the library folder {folder}: {error}.</source>
        <translation>Impossible de créer le dossier de la bibliothèque {folder}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Cannot create the library {path}: {error}.</source>
        <translation>Impossible de créer la bibliothèque {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Cannot open the library {path}: {error}.</source>
        <translation>Impossible d’ouvrir la bibliothèque {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The library {path} could not be prepared ({error}). {what_to_do}</source>
        <translation>La bibliothèque {path} n’a pas pu être préparée ({error}). {what_to_do}</translation>
    </message>
    <message>
        <source>The library is read-only here: editing is turned off by the configuration.</source>
        <translation>Ici, la bibliothèque est en lecture seule&#xa0;: la configuration désactive la modification.</translation>
    </message>
    <message>
        <source>No source has the id or uid {key}.</source>
        <translation>Aucune source n’a l’identifiant ou l’uid {key}.</translation>
    </message>
    <message numerus="yes">
        <source>The source {title} is cited %Ln time(s); point those records at another source before deleting it.</source>
        <translation>
            <numerusform>La source {title} est citée %Ln fois&#xa0;; faites pointer ces enregistrements vers une autre source avant de la supprimer.</numerusform>
            <numerusform>La source {title} est citée %Ln fois&#xa0;; faites pointer ces enregistrements vers une autre source avant de la supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item has the id or uid {key}.</source>
        <translation>Aucun élément n’a l’identifiant ou l’uid {key}.</translation>
    </message>
    <message>
        <source>The item {title} was changed elsewhere (revision {revision}, you edited revision {expected}); reload it and apply your edit again.</source>
        <translation>L’élément {title} a été modifié ailleurs (révision {revision}, vous avez modifié la révision {expected})&#xa0;; rechargez-le et refaites votre modification.</translation>
    </message>
    <message>
        <source>Unknown sort order {order}; use one of {orders}.</source>
        <translation>Ordre de tri inconnu {order}&#xa0;; utilisez l’un des suivants&#xa0;: {orders}.</translation>
    </message>
    <message>
        <source>The search {query} could not be run ({error}).</source>
        <translation>La recherche {query} n’a pas pu être effectuée ({error}).</translation>
    </message>
    <message>
        <source>No country has the code {code} (use ISO codes such as ETH or ET).</source>
        <translation>Aucun pays n’a le code {code} (utilisez des codes ISO tels que ETH ou ET).</translation>
    </message>
    <message>
        <source>No country status has the id {id}.</source>
        <translation>Aucun statut de pays n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <source>integrity: {detail}</source>
        <translation>intégrité&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent} record</source>
        <translation>clé étrangère&#xa0;: la ligne {row} de {table} renvoie à un enregistrement {parent} absent</translation>
    </message>
    <message>
        <source>schema: version {version}, expected {expected}</source>
        <translation>schéma&#xa0;: version {version}, version {expected} attendue</translation>
    </message>
    <message>
        <source>search index: {table} does not match the items ({error}); run &apos;briefing-builder library check --repair&apos;</source>
        <translation>index de recherche&#xa0;: {table} ne correspond pas aux éléments ({error})&#xa0;; lancez « briefing-builder library check --repair »</translation>
    </message>
    <message>
        <source>database: {error}</source>
        <translation>base de données&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This library is read-only here; it cannot be repaired.</source>
        <translation>Ici, cette bibliothèque est en lecture seule&#xa0;; elle ne peut pas être réparée.</translation>
    </message>
    <message>
        <source>incomplete SQL statement in migration: {statement}</source>
        <translation>instruction SQL incomplète dans la migration&#xa0;: {statement}</translation>
    </message>
    <message>
        <source>the items table&apos;s kind constraint is not the one 0001 created</source>
        <translation>la contrainte de type de la table items n’est pas celle que 0001 a créée</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>Redone: {what}.</source>
        <translation>Rétabli&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Redoing “{what}”</source>
        <translation>Rétablissement de «&#xa0;{what}&#xa0;»</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Annulé&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Undoing “{what}”</source>
        <translation>Annulation de «&#xa0;{what}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search titles, text and tags… (Ctrl+F)</source>
        <translation>Rechercher titres, textes et mots-clés… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>Tous les cadres</translation>
    </message>
    <message>
        <source>Framework filter</source>
        <translation>Filtre par cadre</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre par mot-clé</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtre par pays</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtre par langue</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Only items whose review-by date has passed</source>
        <translation>Seulement les éléments dont la date de révision est passée</translation>
    </message>
    <message>
        <source>Needs review filter</source>
        <translation>Filtre «&#xa0;À revoir&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>&amp;Nouvel élément</translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation>Ajouter un élément (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Effac&amp;er</translation>
    </message>
    <message>
        <source>Clear the search and every filter (Ctrl+Shift+L)</source>
        <translation>Effacer la recherche et tous les filtres (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Library items</source>
        <translation>Éléments de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>É&amp;léments</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>Sour&amp;ces</translation>
    </message>
    <message>
        <source>{filter}: {value}</source>
        <translation>{filter}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Loading the library</source>
        <translation>Chargement de la bibliothèque</translation>
    </message>
    <message>
        <source>Showing the whole library: search and filters cleared.</source>
        <translation>Toute la bibliothèque est affichée&#xa0;: recherche et filtres effacés.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best matches (there are more: add words or filters to narrow the search)</source>
        <translation>
            <numerusform>Le meilleur résultat (il y en a d’autres&#xa0;: ajoutez des mots ou des filtres pour affiner la recherche)</numerusform>
            <numerusform>Les %Ln meilleurs résultats (il y en a d’autres&#xa0;: ajoutez des mots ou des filtres pour affiner la recherche)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>No item selected: nothing matches the search and filters.</source>
        <translation>Aucun élément sélectionné&#xa0;: rien ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This item has changes that are not saved. Discard them?</source>
        <translation>Cet élément a des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Modifier «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>Ajouter «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Saved “{title}” (revision {revision}).</source>
        <translation>«&#xa0;{title}&#xa0;» enregistré (révision {revision}).</translation>
    </message>
    <message>
        <source>Saving the item</source>
        <translation>Enregistrement de l’élément</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Supprimer l’élément</translation>
    </message>
    <message>
        <source>Delete “{title}”?

You can undo this with Edit ▸ Undo.</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;»&#xa0;?

Vous pourrez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>«&#xa0;{title}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Deleting the item</source>
        <translation>Suppression de l’élément</translation>
    </message>
    <message>
        <source>Reloading the sources</source>
        <translation>Rechargement des sources</translation>
    </message>
    <message>
        <source>Reloading the tags</source>
        <translation>Rechargement des mots-clés</translation>
    </message>
    <message>
        <source>Reloading the countries</source>
        <translation>Rechargement des pays</translation>
    </message>
</context>
<context>
    <name>LibraryStatsDialog</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Library statistics</source>
        <translation>Statistiques de la bibliothèque</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
    <message>
        <source>Counting the library</source>
        <translation>Décompte de la bibliothèque</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Fichier de la bibliothèque</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>{countries}, of which {members} African Union members</source>
        <translation>{countries}, dont {members} membres de l’Union africaine</translation>
    </message>
    <message>
        <source>Country statuses</source>
        <translation>Statuts des pays</translation>
    </message>
    <message>
        <source>Items past their review date</source>
        <translation>Éléments dont la date de révision est passée</translation>
    </message>
    <message>
        <source>Items whose source is missing</source>
        <translation>Éléments dont la source manque</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>, the newest taken {moment}</source>
        <translation>, la plus récente du {moment}</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Version du format</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Sections of the app</source>
        <translation>Sections de l’application</translation>
    </message>
    <message>
        <source>  (read-only)</source>
        <translation>  (lecture seule)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>A new item in the library, or a new pack on the Packs page</source>
        <translation>Un nouvel élément dans la bibliothèque, ou un nouveau dossier sur la page Dossiers</translation>
    </message>
    <message>
        <source>New &amp;pack</source>
        <translation>Nouveau &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>D&amp;ossiers</translation>
    </message>
    <message>
        <source>Pe&amp;ople</source>
        <translation>Perso&amp;nnes</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add or update items from a JSON or CSV file</source>
        <translation>Ajouter ou mettre à jour des éléments depuis un fichier JSON ou CSV</translation>
    </message>
    <message>
        <source>&amp;Export the library…</source>
        <translation>&amp;Exporter la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Write a consistent copy to the backups folder</source>
        <translation>Écrire une copie cohérente dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Put a backup back in place of the library</source>
        <translation>Remettre une sauvegarde à la place de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Check library…</source>
        <translation>&amp;Vérifier la bibliothèque…</translation>
    </message>
    <message>
        <source>Integrity, foreign keys and search index; repair what can be repaired</source>
        <translation>Intégrité, clés étrangères et index de recherche&#xa0;; réparer ce qui peut l’être</translation>
    </message>
    <message>
        <source>Library s&amp;tatistics…</source>
        <translation>S&amp;tatistiques de la bibliothèque…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <source>Show the whole library again: empty search, every filter back to All</source>
        <translation>Afficher de nouveau toute la bibliothèque&#xa0;: recherche vide, tous les filtres sur Tous</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the pack as Word and/or PDF</source>
        <translation>Exporter le dossier en Word et/ou PDF</translation>
    </message>
    <message>
        <source>Refresh the &amp;preview</source>
        <translation>Actualiser l’&amp;aperçu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <source>The documentation shipped with the app (works offline)</source>
        <translation>La documentation fournie avec l’application (fonctionne hors ligne)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Import into the library</source>
        <translation>Importer dans la bibliothèque</translation>
    </message>
    <message>
        <source>Library files (*.json *.csv);;All files (*)</source>
        <translation>Fichiers de bibliothèque (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{file} importé&#xa0;: {added} ajoutés, {updated} mis à jour, {unchanged} inchangés.</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Importation de {file}</translation>
    </message>
    <message>
        <source>Export the library</source>
        <translation>Exporter la bibliothèque</translation>
    </message>
    <message>
        <source>Library exchange file (*.json);;Items as CSV (*.csv)</source>
        <translation>Fichier d’échange de bibliothèque (*.json);;Éléments en CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to {path}.</source>
        <translation>
            <numerusform>%Ln élément exporté vers {path}.</numerusform>
            <numerusform>%Ln éléments exportés vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the library</source>
        <translation>Exportation de la bibliothèque</translation>
    </message>
    <message>
        <source>Backed up the library to {target}.</source>
        <translation>Bibliothèque sauvegardée dans {target}.</translation>
    </message>
    <message>
        <source>Backing up the library</source>
        <translation>Sauvegarde de la bibliothèque</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4    Library, Countries, Packs, People</source>
        <translation>Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4    Bibliothèque, Pays, Dossiers, Personnes</translation>
    </message>
    <message>
        <source>Ctrl+F    Search the library</source>
        <translation>Ctrl+F    Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L    Clear the library&apos;s search and filters</source>
        <translation>Ctrl+Maj+L    Effacer la recherche et les filtres de la bibliothèque</translation>
    </message>
    <message>
        <source>Ctrl+N    New item (or new pack on the Packs page)</source>
        <translation>Ctrl+N    Nouvel élément (ou nouveau dossier sur la page Dossiers)</translation>
    </message>
    <message>
        <source>Ctrl+S    Save the item (or the draft)</source>
        <translation>Ctrl+S    Enregistrer l’élément (ou le brouillon)</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z    Undo / redo on the page in front of you (in a text field: its typing)</source>
        <translation>Ctrl+Z / Ctrl+Maj+Z    Annuler / rétablir sur la page affichée (dans un champ de texte&#xa0;: la saisie)</translation>
    </message>
    <message>
        <source>Ctrl+E    Export the pack</source>
        <translation>Ctrl+E    Exporter le dossier</translation>
    </message>
    <message>
        <source>F5    Refresh the preview</source>
        <translation>F5    Actualiser l’aperçu</translation>
    </message>
    <message>
        <source>F1    The manual</source>
        <translation>F1    Le manuel</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down    Move an item in the pack outline</source>
        <translation>Alt+Haut / Alt+Bas    Déplacer un élément dans le plan du dossier</translation>
    </message>
    <message>
        <source>Space    Tick or untick in the outline</source>
        <translation>Espace    Cocher ou décocher dans le plan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The person you are editing has unsaved changes. Quit without saving them?</source>
        <translation>La personne en cours de modification a des changements non enregistrés. Quitter sans les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>The item you are editing has unsaved changes. Quit without saving them?</source>
        <translation>L’élément en cours de modification a des changements non enregistrés. Quitter sans les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>Briefing Builder manual</source>
        <translation>Manuel de Briefing Builder</translation>
    </message>
    <message>
        <source>Manual contents</source>
        <translation>Sommaire du manuel</translation>
    </message>
    <message>
        <source>For IT staff</source>
        <translation>Pour le service informatique</translation>
    </message>
    <message>
        <source>Manual page</source>
        <translation>Page du manuel</translation>
    </message>
    <message>
        <source>Find in this page…</source>
        <translation>Rechercher dans cette page…</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Reche&amp;rcher&#xa0;:</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <source>The manual&apos;s files were not found next to the app.</source>
        <translation>Les fichiers du manuel sont introuvables à côté de l’application.</translation>
    </message>
    <message>
        <source>Link to {url} (not opened: the app works offline).</source>
        <translation>Lien vers {url} (non ouvert&#xa0;: l’application fonctionne hors ligne).</translation>
    </message>
    <message>
        <source>{url} is not part of the manual shipped with the app.</source>
        <translation>{url} ne fait pas partie du manuel fourni avec l’application.</translation>
    </message>
    <message>
        <source>“{text}” is not on this page.</source>
        <translation>«&#xa0;{text}&#xa0;» ne figure pas sur cette page.</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>names {person}, which is not a person in the library: choose one from the library, or type the name</source>
        <translation>désigne {person}, qui n’est pas une personne de la bibliothèque&#xa0;: choisissez-en une dans la bibliothèque ou saisissez le nom</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>meeting, prepared by</source>
        <translation>entretien, rédigé par</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>must be a table of the meeting&apos;s fields</source>
        <translation>doit être une table des champs de l’entretien</translation>
    </message>
    <message>
        <source>must be a list of attendees</source>
        <translation>doit être une liste de participants</translation>
    </message>
    <message>
        <source>must be a list of names</source>
        <translation>doit être une liste de noms</translation>
    </message>
    <message>
        <source>must be a table: name, desk, telephone, email</source>
        <translation>doit être une table&#xa0;: name, desk, telephone, email</translation>
    </message>
    <message>
        <source>must be one of {options}, not {value}</source>
        <translation>doit être l’une des valeurs suivantes&#xa0;: {options}, et non {value}</translation>
    </message>
    <message>
        <source>must be a time written HH:MM (24-hour), not {value}</source>
        <translation>doit être une heure au format HH:MM (sur 24 heures), et non {value}</translation>
    </message>
    <message>
        <source>must be an IANA time zone such as Africa/Addis_Ababa, not {value}</source>
        <translation>doit être un fuseau horaire IANA comme Africa/Addis_Ababa, et non {value}</translation>
    </message>
    <message>
        <source>is required with a time (an IANA name such as Africa/Addis_Ababa)</source>
        <translation>est obligatoire lorsqu’une heure est donnée (un nom IANA comme Africa/Addis_Ababa)</translation>
    </message>
    <message>
        <source>must be a whole number of minutes from 0 to 1440</source>
        <translation>doit être un nombre entier de minutes de 0 à 1440</translation>
    </message>
    <message>
        <source>lists {count} attendees; the limit is {limit}</source>
        <translation>compte {count} participants&#xa0;; le maximum est {limit}</translation>
    </message>
    <message>
        <source>must be a person&apos;s uid from the library</source>
        <translation>doit être l’identifiant d’une personne de la bibliothèque</translation>
    </message>
    <message>
        <source>is required (or choose a person from the library)</source>
        <translation>est obligatoire (ou choisissez une personne de la bibliothèque)</translation>
    </message>
    <message>
        <source>may hold only digits, spaces, + ( ) . / -</source>
        <translation>ne peut contenir que des chiffres, des espaces et + ( ) . / -</translation>
    </message>
    <message>
        <source>is not an e-mail address: {value}</source>
        <translation>n’est pas une adresse électronique&#xa0;: {value}</translation>
    </message>
    <message>
        <source>meeting, our side attendee {number}</source>
        <translation>entretien, notre délégation, participant {number}</translation>
    </message>
    <message>
        <source>meeting, their side attendee {number}</source>
        <translation>entretien, délégation de l’autre partie, participant {number}</translation>
    </message>
    <message>
        <source>meeting, interpreter {number}</source>
        <translation>entretien, interprète {number}</translation>
    </message>
    <message>
        <source>must be a table: person (a library uid) or name, and role</source>
        <translation>doit être une table&#xa0;: person (un identifiant de la bibliothèque) ou name, et role</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>“{typed}” could be {zones}: choose one.</source>
        <translation>«&#xa0;{typed}&#xa0;» peut désigner {zones}&#xa0;: choisissez-en un.</translation>
    </message>
    <message>
        <source>“{typed}” is not a time zone: type a city such as Addis Ababa, or a name such as Africa/Addis_Ababa.</source>
        <translation>«&#xa0;{typed}&#xa0;» n’est pas un fuseau horaire&#xa0;: saisissez une ville comme Addis-Abeba, ou un nom comme Africa/Addis_Ababa.</translation>
    </message>
    <message>
        <source>our side attendee {number}</source>
        <translation>notre délégation, participant {number}</translation>
    </message>
    <message>
        <source>their side attendee {number}</source>
        <translation>délégation de l’autre partie, participant {number}</translation>
    </message>
    <message>
        <source>interpreter {number}</source>
        <translation>interprète {number}</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>rédigé par</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>role</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>{place}: {field} {message}</source>
        <translation>{place}&#xa0;: {field} {message}</translation>
    </message>
    <message>
        <source>Why the meeting is held and what we want from it</source>
        <translation>Pourquoi l’entretien a lieu et ce que nous en attendons</translation>
    </message>
    <message>
        <source>Purp&amp;ose:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Bilatéral</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Pull-aside</source>
        <translation>Aparté</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Ve&amp;nue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. the Ministry, room 4</source>
        <translation>p. ex. le ministère, salle 4</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: the pack&apos;s date)</source>
        <translation>AAAA-MM-JJ (vide&#xa0;: la date du dossier)</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour, local time</source>
        <translation>HH:MM, sur 24 heures, heure locale</translation>
    </message>
    <message>
        <source>a city or an IANA name</source>
        <translation>une ville ou un nom IANA</translation>
    </message>
    <message>
        <source>The meeting&apos;s time zone: type a city (Addis Ababa) or an IANA name (Africa/Addis_Ababa)</source>
        <translation>Le fuseau horaire de l’entretien&#xa0;: saisissez une ville (Addis-Abeba) ou un nom IANA (Africa/Addis_Ababa)</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>F&amp;useau horaire&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>Du&amp;ration:</source>
        <translation>Du&amp;rée&#xa0;:</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>Notre délégation</translation>
    </message>
    <message>
        <source>Their delegation</source>
        <translation>Délégation de l’autre partie</translation>
    </message>
    <message>
        <source>Our dele&amp;gation:</source>
        <translation>&amp;Notre délégation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Their delegation:</source>
        <translation>Délégation de l’&amp;autre partie&#xa0;:</translation>
    </message>
    <message>
        <source>Interpreter&amp;s:</source>
        <translation>&amp;Interprètes&#xa0;:</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Meeting, time zone: %s</source>
        <translation>Entretien, fuseau horaire&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>MeetingPart</name>
    <message>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>What the pack is: template, country, recipient, date, language</source>
        <translation>Ce qu’est le dossier&#xa0;: modèle, pays, destinataire, date, langue</translation>
    </message>
    <message>
        <source>The meeting: when, where, format, who attends (Ctrl+Tab)</source>
        <translation>L’entretien&#xa0;: quand, où, sous quel format, avec qui (Ctrl+Tab)</translation>
    </message>
    <message>
        <source>File reference, who prepared and cleared the brief, annexes</source>
        <translation>Référence d’archivage, rédaction et approbation de la note, annexes</translation>
    </message>
    <message>
        <source>Searching the library&apos;s people failed: %s</source>
        <translation>La recherche des personnes de la bibliothèque a échoué&#xa0;: %s</translation>
    </message>
    <message>
        <source>Meeting, %s</source>
        <translation>Entretien, %s</translation>
    </message>
    <message>
        <source>{place}, field &apos;{field}&apos;: {message}</source>
        <translation>{place}, champ «&#xa0;{field}&#xa0;»&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;: {message}</source>
        <translation>champ «&#xa0;{field}&#xa0;»&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Pac&amp;k outline</source>
        <translation>Plan du dossi&amp;er</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Ajouter un élément…</translation>
    </message>
    <message>
        <source>Add an item from the library</source>
        <translation>Ajouter un élément de la bibliothèque</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Monter l’élément</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Descendre l’élément</translation>
    </message>
    <message>
        <source>Text added for this meeting (lines to take, notes):</source>
        <translation>Texte ajouté pour cet entretien (éléments de langage, notes)&#xa0;:</translation>
    </message>
    <message>
        <source>Select a section, then write here. Blank lines separate paragraphs.</source>
        <translation>Sélectionnez une section, puis écrivez ici. Une ligne vide sépare les paragraphes.</translation>
    </message>
    <message>
        <source>Text added to the selected section</source>
        <translation>Texte ajouté à la section sélectionnée</translation>
    </message>
    <message>
        <source>Printed at the end of the selected section; blank lines separate paragraphs</source>
        <translation>Imprimé à la fin de la section sélectionnée&#xa0;; une ligne vide sépare les paragraphes</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Items past their review date, missing statuses and other problems</source>
        <translation>Éléments dont la date de révision est passée, statuts manquants et autres problèmes</translation>
    </message>
    <message>
        <source>No warnings: every item is within its review date.</source>
        <translation>Aucun avertissement&#xa0;: tous les éléments sont dans leur délai de révision.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) with no %1 version — Translate…</source>
        <translation>
            <numerusform>%Ln passage sans version (%1) — Traduire…</numerusform>
            <numerusform>%Ln passages sans version (%1) — Traduire…</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to translate them side by side</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour les traduire côte à côte</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>Pack outline</source>
        <translation>Plan du dossier</translation>
    </message>
    <message>
        <source>Sections and items of the pack. Space ticks or unticks; Alt+Up and Alt+Down move an item; Enter or a double-click shows its page in the preview.</source>
        <translation>Sections et éléments du dossier. Espace coche ou décoche&#xa0;; Alt+Haut et Alt+Bas déplacent un élément&#xa0;; Entrée ou un double-clic montre sa page dans l’aperçu.</translation>
    </message>
    <message>
        <source>Untick to leave out; drag, or Alt+Up/Alt+Down, to reorder; double-click to see its page</source>
        <translation>Décochez pour omettre&#xa0;; faites glisser, ou Alt+Haut/Alt+Bas, pour réordonner&#xa0;; double-cliquez pour voir sa page</translation>
    </message>
    <message>
        <source>Text only: holds no library items</source>
        <translation>Texte seulement&#xa0;: ne contient aucun élément de la bibliothèque</translation>
    </message>
    <message>
        <source>Review was due on {date}</source>
        <translation>La révision était prévue le {date}</translation>
    </message>
</context>
<context>
    <name>PackBuilderPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Autres pays</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>only text (the template&apos;s and yours)</source>
        <translation>seulement du texte (celui du modèle et le vôtre)</translation>
    </message>
    <message>
        <source>a summary written from the rest of the pack</source>
        <translation>un résumé rédigé à partir du reste du dossier</translation>
    </message>
    <message>
        <source>the list of sources cited</source>
        <translation>la liste des sources citées</translation>
    </message>
    <message>
        <source>the country&apos;s own record</source>
        <translation>la fiche propre du pays</translation>
    </message>
    <message>
        <source>a table of the countries&apos; statuses</source>
        <translation>un tableau des statuts des pays</translation>
    </message>
    <message>
        <source>Saved pack drafts</source>
        <translation>Brouillons de dossiers enregistrés</translation>
    </message>
    <message>
        <source>Choose a draft to open it; drafts are saved as you work</source>
        <translation>Choisissez un brouillon pour l’ouvrir&#xa0;; les brouillons sont enregistrés au fil du travail</translation>
    </message>
    <message>
        <source>Dr&amp;aft:</source>
        <translation>Bro&amp;uillon&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;w pack</source>
        <translation>Nou&amp;veau dossier</translation>
    </message>
    <message>
        <source>Start a new pack (Ctrl+N)</source>
        <translation>Commencer un nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>Save a copy of this draft and open it</source>
        <translation>Enregistrer une copie de ce brouillon et l’ouvrir</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>Delete this draft (asks first)</source>
        <translation>Supprimer ce brouillon (avec confirmation)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show or hide the preview (more room for the outline on a small screen)</source>
        <translation>Afficher ou masquer l’aperçu (plus de place pour le plan sur un petit écran)</translation>
    </message>
    <message>
        <source>Pressed while the preview is shown</source>
        <translation>Enfoncé tant que l’aperçu est affiché</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the pack as Word and/or PDF (Ctrl+E)</source>
        <translation>Exporter le dossier en Word et/ou PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Duplicate draft</source>
        <translation>Dupliquer le brouillon</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation>Afficher l’aperçu</translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>Loading the countries</source>
        <translation>Chargement des pays</translation>
    </message>
    <message>
        <source>{name} — {country}, saved {saved}</source>
        <translation>{name} — {country}, enregistré le {saved}</translation>
    </message>
    <message>
        <source>New pack {date}</source>
        <translation>Nouveau dossier du {date}</translation>
    </message>
    <message>
        <source>Opening the draft</source>
        <translation>Ouverture du brouillon</translation>
    </message>
    <message>
        <source>Duplicated as “{name}”.</source>
        <translation>Dupliqué sous le nom «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Delete the draft “{name}”?</source>
        <translation>Supprimer le brouillon «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Untitled pack</source>
        <translation>Dossier sans titre</translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation>Le brouillon n’a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>Modifier le nom</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier&#xa0;: {field}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Change {field} to &apos;{value}&apos;</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>Include &apos;{title}&apos;</source>
        <translation>Inclure «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Leave out &apos;{title}&apos;</source>
        <translation>Omettre «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Include section &apos;{title}&apos;</source>
        <translation>Inclure la section «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Leave out section &apos;{title}&apos;</source>
        <translation>Omettre la section «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos; up</source>
        <translation>Monter «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos; down</source>
        <translation>Descendre «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Select a section first.</source>
        <translation>Sélectionnez d’abord une section.</translation>
    </message>
    <message>
        <source>Add &apos;{title}&apos; to &apos;{section}&apos;</source>
        <translation>Ajouter «&#xa0;{title}&#xa0;» à «&#xa0;{section}&#xa0;»</translation>
    </message>
    <message>
        <source>Select a section that lists items (such as Lines to take) to add an item to it.</source>
        <translation>Sélectionnez une section qui liste des éléments (comme Éléments de langage) pour y ajouter un élément.</translation>
    </message>
    <message>
        <source>no library items</source>
        <translation>aucun élément de la bibliothèque</translation>
    </message>
    <message>
        <source>“{section}” holds {what}; library items can only be added to sections that list items.</source>
        <translation>«&#xa0;{section}&#xa0;» contient {what}&#xa0;; les éléments de la bibliothèque ne s’ajoutent qu’aux sections qui listent des éléments.</translation>
    </message>
    <message>
        <source>Text added to “{section}” for this meeting:</source>
        <translation>Texte ajouté à «&#xa0;{section}&#xa0;» pour cet entretien&#xa0;:</translation>
    </message>
    <message>
        <source>Text added to the selected section for this meeting:</source>
        <translation>Texte ajouté à la section sélectionnée pour cet entretien&#xa0;:</translation>
    </message>
    <message>
        <source>Edit the text of &apos;{section}&apos;</source>
        <translation>Modifier le texte de «&#xa0;{section}&#xa0;»</translation>
    </message>
    <message>
        <source>Open or start a pack first.</source>
        <translation>Ouvrez ou commencez d’abord un dossier.</translation>
    </message>
    <message>
        <source>Pin an item from the library into the selected section</source>
        <translation>Épingler un élément de la bibliothèque dans la section sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Monter l’élément sélectionné (Alt+Haut)</translation>
    </message>
    <message>
        <source>Select an item (not a section) that can move up</source>
        <translation>Sélectionnez un élément (pas une section) qui peut monter</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Descendre l’élément sélectionné (Alt+Bas)</translation>
    </message>
    <message>
        <source>Select an item (not a section) that can move down</source>
        <translation>Sélectionnez un élément (pas une section) qui peut descendre</translation>
    </message>
    <message>
        <source>Cannot export: {problems}</source>
        <translation>Exportation impossible&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>Preview shows the last valid choices. {problems}</source>
        <translation>L’aperçu montre les derniers choix valides. {problems}</translation>
    </message>
    <message>
        <source>Cannot assemble this pack: {error}</source>
        <translation>Impossible d’assembler ce dossier&#xa0;: {error}</translation>
    </message>
    <message>
        <source>“{title}” was added to “{section}”, which holds no library items, so it is not in the pack.</source>
        <translation>«&#xa0;{title}&#xa0;» a été ajouté à «&#xa0;{section}&#xa0;», qui ne contient pas d’éléments de la bibliothèque&#xa0;: il n’est donc pas dans le dossier.</translation>
    </message>
    <message>
        <source>Preview: updating…</source>
        <translation>Aperçu&#xa0;: mise à jour…</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln page(s), as it will print</source>
        <translation>
            <numerusform>Aperçu&#xa0;: %Ln page, telle qu’elle sera imprimée</numerusform>
            <numerusform>Aperçu&#xa0;: %Ln pages, telles qu’elles seront imprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview failed: {error}</source>
        <translation>Échec de l’aperçu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>That section is left out of the pack.</source>
        <translation>Cette section est omise du dossier.</translation>
    </message>
    <message>
        <source>That section has nothing to print yet, or the preview is still being drawn.</source>
        <translation>Cette section n’a encore rien à imprimer, ou l’aperçu est en cours de dessin.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}.</source>
        <translation>Page {page} sur {pages}.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was changed.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n’a été modifié.</translation>
    </message>
    <message>
        <source>Building the pack…</source>
        <translation>Construction du dossier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation>Exporté vers {folder}&#xa0;: {files}.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Échec de l’exportation&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>The draft&apos;s name, shown in the list of drafts (not printed)</source>
        <translation>Le nom du brouillon, affiché dans la liste des brouillons (non imprimé)</translation>
    </message>
    <message>
        <source>The counterpart country: type its name in English, French, Portuguese or Arabic, or its ISO code, or pick it from the list</source>
        <translation>Le pays interlocuteur&#xa0;: tapez son nom en anglais, français, portugais ou arabe, ou son code ISO, ou choisissez-le dans la liste</translation>
    </message>
    <message>
        <source>more countries side by side, e.g. KEN, ZAF</source>
        <translation>d’autres pays à comparer, p. ex. KEN, ZAF</translation>
    </message>
    <message>
        <source>More countries for a side-by-side pack, separated by commas</source>
        <translation>D’autres pays pour un dossier comparatif, séparés par des virgules</translation>
    </message>
    <message>
        <source>e.g. Hon. A. Minister</source>
        <translation>p. ex. M. le ministre A.</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>Modè&amp;le</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Al&amp;so</source>
        <translation>Autres pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>De&amp;stinataire</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>Fonct&amp;ion</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>Évé&amp;nement</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>Class&amp;ification</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Fo&amp;rmat du papier</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>Also, more countries</source>
        <translation>Autres pays à comparer</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Also: {problem}</source>
        <translation>Autres pays&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>PackWarning</name>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>une page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF runs to {pages} pages; this template should fit on {limit}. Shorten or hide sections, or lower their limits.</source>
        <translation>Le PDF compte {pages} pages ; ce modèle doit tenir sur {limit}. Raccourcissez ou masquez des sections, ou abaissez leurs limites.</translation>
    </message>
    <message>
        <source>The marking {marking} is not one of the configured markings ({markings}); it is treated as the highest.</source>
        <translation>La mention {marking} ne fait pas partie des mentions configurées ({markings}) ; elle est traitée comme la plus élevée.</translation>
    </message>
    <message>
        <source>The pack is marked {marking}, above the {chosen} chosen, because it includes items marked so.</source>
        <translation>Le dossier porte la mention {marking}, au-dessus de la mention {chosen} choisie, car il contient des éléments ainsi marqués.</translation>
    </message>
    <message>
        <source>The template {template} shows one country: {countries} left out (only a template that shows countries side by side, such as &apos;country-profile&apos;, takes more).</source>
        <translation>Le modèle {template} présente un seul pays : {countries} écarté(s) (seul un modèle qui présente les pays côte à côte, comme « country-profile », en accepte davantage).</translation>
    </message>
    <message>
        <source>nothing in the library matches it for this pack</source>
        <translation>rien dans la bibliothèque ne lui correspond pour ce dossier</translation>
    </message>
    <message>
        <source>The section “{title}” is left out: {reason}.</source>
        <translation>La section « {title} » est omise : {reason}.</translation>
    </message>
    <message>
        <source>An item pinned to &apos;{section}&apos; ({uid}) is no longer in the library.</source>
        <translation>Un élément épinglé à « {section} » ({uid}) ne figure plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>“{title}” was due for review on {date}; check it is still true.</source>
        <translation>« {title} » devait être revu le {date} ; vérifiez qu’il est toujours exact.</translation>
    </message>
    <message>
        <source>the pack gives no details of the meeting</source>
        <translation>le dossier ne donne aucun détail sur la réunion</translation>
    </message>
    <message>
        <source>the pack gives no purpose</source>
        <translation>le dossier n’indique pas l’objet de la réunion</translation>
    </message>
    <message>
        <source>no one on the other side is a person from the library</source>
        <translation>aucun interlocuteur n’est une personne de la bibliothèque</translation>
    </message>
    <message>
        <source>the pack lists no attendees</source>
        <translation>le dossier ne mentionne aucun participant</translation>
    </message>
    <message>
        <source>no files are attached</source>
        <translation>aucun fichier n’est joint</translation>
    </message>
    <message>
        <source>the pack names no responsible official</source>
        <translation>le dossier ne désigne aucun responsable</translation>
    </message>
    <message>
        <source>The attendee {name} names {person}, which is not a person in the library; only the typed name and role are printed.</source>
        <translation>Le participant {name} renvoie à {person}, qui n’est pas une personne de la bibliothèque ; seuls le nom et la fonction saisis sont imprimés.</translation>
    </message>
    <message>
        <source>The annex {path} {reason}; it is left out.</source>
        <translation>L’annexe {path} {reason}&#xa0;; elle est laissée de côté.</translation>
    </message>
    <message>
        <source>the section “{heading}” is hidden</source>
        <translation>la section «&#xa0;{heading}&#xa0;» est masquée</translation>
    </message>
    <message>
        <source>the template “{template}” does not print annexes</source>
        <translation>le modèle «&#xa0;{template}&#xa0;» n’imprime pas d’annexes</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln annexes given ({names}) are left out: {why}. Choose a template with an annexes section to attach them.</source>
        <translation>
            <numerusform>L’annexe fournie ({names}) est laissée de côté&#xa0;: {why}. Choisissez un modèle comportant une section d’annexes pour la joindre.</numerusform>
            <numerusform>Les %Ln annexes fournies ({names}) sont laissées de côté&#xa0;: {why}. Choisissez un modèle comportant une section d’annexes pour les joindre.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was due for review on {date}; check the role and biography are still true.</source>
        <translation>La fiche « {name} » devait être revue le {date} ; vérifiez que la fonction et la biographie sont toujours exactes.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>status of</source>
        <translation>statut de</translation>
    </message>
    <message>
        <source>No {language} version of the {fields} of {record} “{label}” ({key}): the {original} original is used, marked as such.</source>
        <translation>Aucune version {language} pour {fields} ({record} « {label} », {key}) : l’original ({original}) est utilisé et signalé comme tel.</translation>
    </message>
    <message numerus="yes">
        <source>{characters} and %Ln more</source>
        <translation>
            <numerusform>{characters} et %Ln autre</numerusform>
            <numerusform>{characters} et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” holds characters no bundled font can draw, which would print as □: {characters}. Replace them, or add a font that has them.</source>
        <translation>« {title} » contient des caractères qu’aucune police fournie ne sait dessiner et qui s’imprimeraient □ : {characters}. Remplacez-les, ou ajoutez une police qui les contient.</translation>
    </message>
    <message>
        <source>The cover holds characters no bundled font can draw, which would print as □: {characters}.</source>
        <translation>La couverture contient des caractères qu’aucune police fournie ne sait dessiner et qui s’imprimeraient □ : {characters}.</translation>
    </message>
    <message>
        <source>The section “{title}” holds characters no bundled font can draw, which would print as □: {characters}.</source>
        <translation>La section « {title} » contient des caractères qu’aucune police fournie ne sait dessiner et qui s’imprimeraient □ : {characters}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of low confidence (partial, indirect or derived: {sources})</source>
        <translation>
            <numerusform>%Ln de faible fiabilité (partielle, indirecte ou dérivée : {sources})</numerusform>
            <numerusform>%Ln de faible fiabilité (partielles, indirectes ou dérivées : {sources})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln read through a copy or a secondary work ({sources})</source>
        <translation>
            <numerusform>%Ln lue dans une copie ou un ouvrage secondaire ({sources})</numerusform>
            <numerusform>%Ln lues dans une copie ou un ouvrage secondaire ({sources})</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first} ; {second}</translation>
    </message>
    <message>
        <source>This pack rests on sources that need checking before it is sent: {parts}. Check those facts against the original publisher.</source>
        <translation>Ce dossier repose sur des sources à vérifier avant l’envoi : {parts}. Vérifiez ces faits auprès de l’éditeur d’origine.</translation>
    </message>
    <message numerus="yes">
        <source>{titles} and %Ln more</source>
        <translation>
            <numerusform>{titles} et %Ln autre</numerusform>
            <numerusform>{titles} et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items in this pack are marked low confidence (partial or indirect): {titles}. Verify before sending.</source>
        <translation>
            <numerusform>%Ln élément de ce dossier est marqué de faible fiabilité (partiel ou indirect) : {titles}. Vérifiez avant l’envoi.</numerusform>
            <numerusform>%Ln éléments de ce dossier sont marqués de faible fiabilité (partiels ou indirects) : {titles}. Vérifiez avant l’envoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Find a person by name (any script), role or organisation…</source>
        <translation>Trouver une personne par nom (toute écriture), fonction ou organisation…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation>Nouvelle &amp;personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Photo: drop a PNG or JPEG file here</source>
        <translation>Photo&#xa0;: déposez un fichier PNG ou JPEG ici</translation>
    </message>
    <message>
        <source>Choose ph&amp;oto…</source>
        <translation>C&amp;hoisir une photo…</translation>
    </message>
    <message>
        <source>Re&amp;move photo</source>
        <translation>Retirer &amp;la photo</translation>
    </message>
    <message>
        <source>Alternative text (default: name, role)</source>
        <translation>Texte de remplacement (par défaut&#xa0;: nom, fonction)</translation>
    </message>
    <message>
        <source>Photo alternative text</source>
        <translation>Texte de remplacement de la photo</translation>
    </message>
    <message>
        <source>Drop a PNG or JPEG on the photo, or choose a file.</source>
        <translation>Déposez un PNG ou un JPEG sur la photo, ou choisissez un fichier.</translation>
    </message>
    <message>
        <source>The library checks it, turns it upright, removes its metadata (camera, place) and scales it to print size.</source>
        <translation>La bibliothèque la vérifie, la redresse, en retire les métadonnées (appareil, lieu) et la met à la taille d’impression.</translation>
    </message>
    <message>
        <source>Photo text (for screen readers):</source>
        <translation>Texte de la photo (lecteurs d’écran)&#xa0;:</translation>
    </message>
    <message>
        <source>H.E., Dr, Hon. …</source>
        <translation>S.E., Dr, l’hon. …</translation>
    </message>
    <message>
        <source>(none: an international body)</source>
        <translation>(aucun&#xa0;: organisation internationale)</translation>
    </message>
    <message>
        <source>e.g. ah-BEH-beh</source>
        <translation>p. ex. a-BÉ-bé</translation>
    </message>
    <message>
        <source>One a line, language code then the name:
ar: …
am: …</source>
        <translation>Un par ligne, code de langue puis le nom&#xa0;:
ar: …
am: …</translation>
    </message>
    <message>
        <source>Languages spoken, e.g. am, en, fr</source>
        <translation>Langues parlées, p. ex. am, en, fr</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: packs warn after it</source>
        <translation>AAAA-MM-JJ&#xa0;: les dossiers avertissent après cette date</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>H: primary or official</source>
        <translation>H&#xa0;: source primaire ou officielle</translation>
    </message>
    <message>
        <source>M: reputable secondary</source>
        <translation>M&#xa0;: source secondaire reconnue</translation>
    </message>
    <message>
        <source>L: partial or indirect</source>
        <translation>L&#xa0;: partielle ou indirecte</translation>
    </message>
    <message>
        <source>Editorial notes (never printed)</source>
        <translation>Notes de la rédaction (jamais imprimées)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Honorific:</source>
        <translation>Titre honorifique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>Other scripts:</source>
        <translation>Autres écritures&#xa0;:</translation>
    </message>
    <message>
        <source>Pronunciation:</source>
        <translation>Prononciation&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Role as of:</source>
        <translation>Fonction à la date du&#xa0;:</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>À revoir avant le&#xa0;:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Fiabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Review and notes (notes are never printed)</source>
        <translation>Révision et notes (les notes ne sont jamais imprimées)</translation>
    </message>
    <message>
        <source>Biography lines</source>
        <translation>Lignes de la biographie</translation>
    </message>
    <message>
        <source>A line of the biography</source>
        <translation>Une ligne de la biographie</translation>
    </message>
    <message>
        <source>As of: YYYY[-MM[-DD]]</source>
        <translation>Date&#xa0;: AAAA[-MM[-JJ]]</translation>
    </message>
    <message>
        <source>Page or paragraph</source>
        <translation>Page ou paragraphe</translation>
    </message>
    <message>
        <source>Biography line text</source>
        <translation>Texte de la ligne de biographie</translation>
    </message>
    <message>
        <source>Biography line source</source>
        <translation>Source de la ligne de biographie</translation>
    </message>
    <message>
        <source>Biography line as of</source>
        <translation>Date de la ligne de biographie</translation>
    </message>
    <message>
        <source>Biography line locator</source>
        <translation>Passage cité de la ligne de biographie</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter la ligne</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>Retirer la l&amp;igne</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>As of, where:</source>
        <translation>Date et passage&#xa0;:</translation>
    </message>
    <message>
        <source>Biography (every line sourced and dated)</source>
        <translation>Biographie (chaque ligne sourcée et datée)</translation>
    </message>
    <message>
        <source>&amp;Save person</source>
        <translation>&amp;Enregistrer la personne</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Loading people</source>
        <translation>Chargement des personnes</translation>
    </message>
    <message>
        <source>Searching people</source>
        <translation>Recherche de personnes</translation>
    </message>
    <message>
        <source>Due for review since {0}</source>
        <translation>À revoir depuis le {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The person you are editing has changes that are not saved. Discard them?</source>
        <translation>La personne en cours de modification a des changements non enregistrés. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>line {0} must be a language code, a colon, then the name (ar: …)</source>
        <translation>la ligne {0} doit contenir un code de langue, deux-points, puis le nom (ar: …)</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Ajouter {0}</translation>
    </message>
    <message>
        <source>Saved {0} (revision {1}).</source>
        <translation>{0} enregistré (révision {1}).</translation>
    </message>
    <message>
        <source>Saving the person</source>
        <translation>Enregistrement de la personne</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete {0}?

You can undo this with Edit ▸ Undo.</source>
        <translation>Supprimer {0}&#xa0;?

Vous pourrez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <translation>{0} supprimé.</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Supprimer {0}</translation>
    </message>
    <message>
        <source>Deleting the person</source>
        <translation>Suppression de la personne</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Photos (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>Impossible de lire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Saved the photo of {0}.</source>
        <translation>Photo de {0} enregistrée.</translation>
    </message>
    <message>
        <source>Removed the photo of {0}.</source>
        <translation>Photo de {0} retirée.</translation>
    </message>
    <message>
        <source>Remove the photo of {0}</source>
        <translation>Retirer la photo de {0}</translation>
    </message>
    <message>
        <source>Set the photo of {0}</source>
        <translation>Définir la photo de {0}</translation>
    </message>
    <message>
        <source>Setting the photo</source>
        <translation>Enregistrement de la photo</translation>
    </message>
</context>
<context>
    <name>PhotoArea</name>
    <message>
        <source>No photo.
Drop a PNG or JPEG here.</source>
        <translation>Pas de photo.
Déposez un PNG ou un JPEG ici.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview of the pack</source>
        <translation>Aperçu du dossier</translation>
    </message>
    <message>
        <source>The pack as it will print. Page Up and Page Down move through it.</source>
        <translation>Le dossier tel qu’il sera imprimé. Page préc. et Page suiv. permettent de le parcourir.</translation>
    </message>
    <message>
        <source>Preview: nothing yet</source>
        <translation>Aperçu&#xa0;: rien pour l’instant</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>État de l’aperçu</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus in the preview)</source>
        <translation>Zoom arrière (Ctrl+moins dans l’aperçu)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus in the preview)</source>
        <translation>Zoom avant (Ctrl+plus dans l’aperçu)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <source>Fit the page width to the preview</source>
        <translation>Ajuster la largeur de la page à l’aperçu</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page shown in the preview</source>
        <translation>Page affichée dans l’aperçu</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Tapez un numéro de page et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>of {pages}</source>
        <translation>sur {pages}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>{where}, field &apos;{field}&apos;: {message}</source>
        <translation>{where}, champ « {field} » : {message}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where} : {message}</translation>
    </message>
    <message numerus="yes">
        <source>{problem} (and %Ln more problems)</source>
        <translation>
            <numerusform>{problem} (et %Ln autre problème)</numerusform>
            <numerusform>{problem} (et %Ln autres problèmes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolvingCombo</name>
    <message>
        <source>“{value}” is not in the list any more: choose another.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est plus dans la liste&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>“{text}” is not in the list.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas dans la liste.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>taken by hand</source>
        <translation>faite manuellement</translation>
    </message>
    <message>
        <source>safety copy before a restore</source>
        <translation>copie de sécurité avant une restauration</translation>
    </message>
    <message>
        <source>before upgrading ({version})</source>
        <translation>avant une mise à niveau ({version})</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Vérification des sauvegardes…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Each backup with the date it was taken, its item and source counts, and whether it passed the integrity check</source>
        <translation>Chaque sauvegarde avec sa date, son nombre d’éléments et de sources, et le résultat du contrôle d’intégrité</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Listing the backups</source>
        <translation>Liste des sauvegardes</translation>
    </message>
    <message>
        <source>checked, can be restored</source>
        <translation>vérifiée, peut être restaurée</translation>
    </message>
    <message>
        <source>not offered: it {problem}</source>
        <translation>non proposée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>There are no backups yet. Use Library ▸ Back up now to take one.</source>
        <translation>Aucune sauvegarde pour l’instant. Utilisez Bibliothèque ▸ Sauvegarder maintenant pour en faire une.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln sauvegarde</numerusform>
            <numerusform>%Ln sauvegardes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passed the integrity check.</source>
        <translation>
            <numerusform>%Ln a passé le contrôle d’intégrité.</numerusform>
            <numerusform>%Ln ont passé le contrôle d’intégrité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring replaces the library&apos;s content; a safety backup of it is taken first.</source>
        <translation>La restauration remplace le contenu de la bibliothèque&#xa0;; une sauvegarde de sécurité est faite d’abord.</translation>
    </message>
    <message>
        <source>This library is read-only here.</source>
        <translation>Cette bibliothèque est en lecture seule ici.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the library with the backup taken {moment} (%Ln item(s))?</source>
        <translation>
            <numerusform>Remplacer la bibliothèque par la sauvegarde du {moment} (%Ln élément)&#xa0;?</numerusform>
            <numerusform>Remplacer la bibliothèque par la sauvegarde du {moment} (%Ln éléments)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>A safety backup of the library as it is now is taken first, so this can be reversed.</source>
        <translation>Une sauvegarde de sécurité de la bibliothèque dans son état actuel est faite d’abord&#xa0;: l’opération est donc réversible.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restauration de la sauvegarde</translation>
    </message>
    <message>
        <source>Restored the backup taken {moment}. The library as it was is in {file}.</source>
        <translation>Sauvegarde du {moment} restaurée. La bibliothèque telle qu’elle était se trouve dans {file}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Set by your organisation&apos;s configuration.</source>
        <translation>Défini par la configuration de votre organisation.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>The interface changes language when the app next starts.</source>
        <translation>L’interface change de langue au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Organisation name on the cover</source>
        <translation>Nom de l’organisation sur la couverture</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <source>Default classification</source>
        <translation>Classification par défaut</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>Langue des dossiers</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Set by the environment variable {name}.</source>
        <translation>Défini par la variable d’environnement {name}.</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>Choisir le fichier du logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG image printed on the cover</source>
        <translation>Une image PNG ou JPEG imprimée sur la couverture</translation>
    </message>
    <message>
        <source>&amp;Organisation (on the cover):</source>
        <translation>&amp;Organisation (sur la couverture)&#xa0;:</translation>
    </message>
    <message>
        <source>Lo&amp;go (PNG or JPEG):</source>
        <translation>Lo&amp;go (PNG ou JPEG)&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;classification:</source>
        <translation>&amp;Classification par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Format du papier&#xa0;:</translation>
    </message>
    <message>
        <source>Pack &amp;language:</source>
        <translation>&amp;Langue des dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <source>chosen by: {reason}; library {file}</source>
        <translation>choisi par&#xa0;: {reason}&#xa0;; bibliothèque {file}</translation>
    </message>
    <message>
        <source>none (built-in defaults)</source>
        <translation>aucune (valeurs par défaut intégrées)</translation>
    </message>
    <message>
        <source>Configuration read from: {files}</source>
        <translation>Configuration lue depuis&#xa0;: {files}</translation>
    </message>
    <message>
        <source>The library is read-only in this installation.</source>
        <translation>La bibliothèque est en lecture seule dans cette installation.</translation>
    </message>
    <message>
        <source>&amp;Back up the library now</source>
        <translation>&amp;Sauvegarder la bibliothèque maintenant</translation>
    </message>
    <message>
        <source>Organisation logo</source>
        <translation>Logo de l’organisation</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>Filter sources…</source>
        <translation>Filtrer les sources…</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation>Filtrer les sources</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>The original publisher&apos;s own address</source>
        <translation>L’adresse propre de l’éditeur d’origine</translation>
    </message>
    <message>
        <source>Mirror, transcription or news page read, and when (never printed)</source>
        <translation>Miroir, transcription ou article lu, et quand (jamais imprimé)</translation>
    </message>
    <message>
        <source>Source read at</source>
        <translation>Source lue sur</translation>
    </message>
    <message>
        <source>H, M or L</source>
        <translation>H, M ou L</translation>
    </message>
    <message>
        <source>Source confidence</source>
        <translation>Fiabilité de la source</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Titre de la source</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation>Éditeur de la source</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Date de la source</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Référence de la source</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Langue de la source</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Read at:</source>
        <translation>Lue sur&#xa0;:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Fiabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Enregistrer la source</translation>
    </message>
    <message>
        <source>Delete source…</source>
        <translation>Supprimer la source…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Add source “{title}”</source>
        <translation>Ajouter la source «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit source “{title}”</source>
        <translation>Modifier la source «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Delete the source “{title}”?</source>
        <translation>Supprimer la source «&#xa0;{title}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Saving the source</source>
        <translation>Enregistrement de la source</translation>
    </message>
</context>
<context>
    <name>Spec</name>
    <message>
        <source>unknown country form {form}; use one of {forms}</source>
        <translation>forme de nom de pays inconnue {form} ; utilisez l’une de celles-ci : {forms}</translation>
    </message>
    <message>
        <source>Choose a country: type its name or code, or pick it from the list.</source>
        <translation>Choisissez un pays&#xa0;: saisissez son nom ou son code, ou choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>“{typed}” is not a country in the library: type a name (English, French, Portuguese or Arabic) or an ISO code such as ETH or ET.</source>
        <translation>«&#xa0;{typed}&#xa0;» n’est pas un pays de la bibliothèque&#xa0;: saisissez un nom (en anglais, français, portugais ou arabe) ou un code ISO comme ETH ou ET.</translation>
    </message>
    <message numerus="yes">
        <source>“{typed}” could be {countries} and %Ln more: type more of the name, or its code.</source>
        <translation>
            <numerusform>«&#xa0;{typed}&#xa0;» peut désigner {countries} et %Ln autre&#xa0;: saisissez davantage du nom, ou le code.</numerusform>
            <numerusform>«&#xa0;{typed}&#xa0;» peut désigner {countries} et %Ln autres&#xa0;: saisissez davantage du nom, ou le code.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{typed}” could be {countries}: type more of the name, or its code.</source>
        <translation>«&#xa0;{typed}&#xa0;» peut désigner {countries}&#xa0;: saisissez davantage du nom, ou le code.</translation>
    </message>
    <message>
        <source>Choose a template from the list.</source>
        <translation>Choisissez un modèle dans la liste.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one template: choose one of {options}.</source>
        <translation>«&#xa0;{typed}&#xa0;» peut désigner plusieurs modèles&#xa0;: choisissez parmi {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a template here: choose one of {options}.</source>
        <translation>«&#xa0;{typed}&#xa0;» n’est pas un modèle disponible&#xa0;: choisissez parmi {options}.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Choisissez une langue dans la liste.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one language: choose one of {options}.</source>
        <translation>«&#xa0;{typed}&#xa0;» peut désigner plusieurs langues&#xa0;: choisissez parmi {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a language here: choose one of {options}.</source>
        <translation>«&#xa0;{typed}&#xa0;» n’est pas une langue disponible&#xa0;: choisissez parmi {options}.</translation>
    </message>
    <message>
        <source>Choose a marking from the list.</source>
        <translation>Choisissez une mention dans la liste.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one marking: choose one of {options}.</source>
        <translation>«&#xa0;{typed}&#xa0;» peut désigner plusieurs mentions&#xa0;: choisissez parmi {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a marking here: choose one of {options}.</source>
        <translation>«&#xa0;{typed}&#xa0;» n’est pas une mention disponible&#xa0;: choisissez parmi {options}.</translation>
    </message>
    <message>
        <source>Choose a {what} from the list.</source>
        <translation>Choisissez une valeur ({what}) dans la liste.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one {what}: choose one of {options}.</source>
        <translation>«&#xa0;{typed}&#xa0;» peut désigner plusieurs valeurs ({what})&#xa0;: choisissez parmi {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a {what} here: choose one of {options}.</source>
        <translation>«&#xa0;{typed}&#xa0;» n’est pas une valeur possible ({what})&#xa0;: choisissez parmi {options}.</translation>
    </message>
    <message>
        <source>{id} is not a draft id.</source>
        <translation>{id} n’est pas un identifiant de brouillon.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder {folder}: {error}.</source>
        <translation>Impossible de créer le dossier des brouillons {folder}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The draft {path} cannot be read ({error}).</source>
        <translation>Le brouillon {path} ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <source>must be a table of the pack&apos;s fields (template, country …), not {shape}</source>
        <translation>doit être une table des champs du dossier (template, country…), et non {shape}</translation>
    </message>
    <message>
        <source>is not a known field (known there: {known})</source>
        <translation>n’est pas un champ connu (champs connus ici&#xa0;: {known})</translation>
    </message>
    <message>
        <source>must be a list, not {shape}</source>
        <translation>doit être une liste, et non {shape}</translation>
    </message>
    <message>
        <source>must be a table by section id, not {shape}</source>
        <translation>doit être une table par identifiant de section, et non {shape}</translation>
    </message>
    <message>
        <source>must be a table (pinned, dropped, order, free_text, hidden), not {shape}</source>
        <translation>doit être une table (pinned, dropped, order, free_text, hidden), et non {shape}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>doit être l’une des valeurs suivantes&#xa0;: {options}</translation>
    </message>
    <message>
        <source>must be a4 or letter</source>
        <translation>doit valoir a4 ou letter</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>section {id}</source>
        <translation>section «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>must be text, not {shape}</source>
        <translation>doit être du texte, et non {shape}</translation>
    </message>
    <message>
        <source>In the spec file {path}: {where}</source>
        <translation>Dans le fichier de spécification {path}&#xa0;: {where}</translation>
    </message>
    <message>
        <source>In the spec file {path}</source>
        <translation>Dans le fichier de spécification {path}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>n’est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>n’est pas du JSON valide&#xa0;: {error} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>is not valid JSON: nested too deeply</source>
        <translation>n’est pas du JSON valide&#xa0;: imbrication trop profonde</translation>
    </message>
    <message>
        <source>The template {name} has no section {section}.</source>
        <translation>Le modèle {name} n’a pas de section {section}.</translation>
    </message>
    <message>
        <source>In the template {path}: {where} {message}.</source>
        <translation>Dans le modèle {path}&#xa0;: {where} {message}.</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>must be text, or a table of texts by language (en = &quot;...&quot;, fr = &quot;...&quot;)</source>
        <translation>doit être un texte, ou une table de textes par langue (en = &quot;...&quot;, fr = &quot;...&quot;)</translation>
    </message>
    <message>
        <source>needs at least an English (en) text</source>
        <translation>doit comporter au moins un texte anglais (en)</translation>
    </message>
    <message>
        <source>must be a table, e.g. select = {{ kinds = [&quot;fact&quot;] }}</source>
        <translation>doit être une table, par exemple select = {{ kinds = [&quot;fact&quot;] }}</translation>
    </message>
    <message>
        <source>is not a known setting ({known})</source>
        <translation>n’est pas un réglage connu ({known})</translation>
    </message>
    <message>
        <source>names an unknown kind {kind} (known: {known})</source>
        <translation>désigne un type inconnu {kind} (types connus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>must list values from {options}</source>
        <translation>doit énumérer des valeurs parmi&#xa0;: {options}</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5000</source>
        <translation>doit être un nombre entier de 1 à 5000</translation>
    </message>
    <message>
        <source>Cannot read the template {path}: {error}.</source>
        <translation>Impossible de lire le modèle {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The template {path} is not valid TOML: {error}.</source>
        <translation>Le modèle {path} n’est pas du TOML valide&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>is missing: a template needs at least one section</source>
        <translation>est absent&#xa0;: un modèle doit comporter au moins une section</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>doit être une table</translation>
    </message>
    <message>
        <source>{id} is used twice</source>
        <translation>{id} est utilisé deux fois</translation>
    </message>
    <message>
        <source>must be a table of lists by language</source>
        <translation>doit être une table de listes par langue</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be {{ framework = &quot;...&quot;, topic = &quot;...&quot; }}</source>
        <translation>doit être {{ framework = &quot;...&quot;, topic = &quot;...&quot; }}</translation>
    </message>
    <message>
        <source>must be a whole number of pages from 0 (no limit) to 1000</source>
        <translation>doit être un nombre entier de pages de 0 (sans limite) à 1000</translation>
    </message>
    <message>
        <source>There is no template named {name}. Available: {names}.</source>
        <translation>Aucun modèle ne s’appelle {name}. Modèles disponibles&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cannot start the export: {error}</source>
        <translation>Impossible de lancer l’exportation&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly.</source>
        <translation>L’exportation s’est arrêtée de façon inattendue.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly (exit code {code}).</source>
        <translation>L’exportation s’est arrêtée de façon inattendue (code de sortie {code}).</translation>
    </message>
</context>
<context>
    <name>TranslationEditor</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>AU name</source>
        <translation>Nom à l’UA</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Original {field}</source>
        <translation>{field} (original)</translation>
    </message>
    <message>
        <source>{field} in {language}</source>
        <translation>{field} ({language})</translation>
    </message>
    <message>
        <source>Original: {text}</source>
        <translation>Original&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Translation editor</source>
        <translation>Éditeur de traductions</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>Langue de la traduction</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>&amp;Traduire en&#xa0;:</translation>
    </message>
    <message>
        <source>Records to translate</source>
        <translation>Fiches à traduire</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Missing a version&lt;/b&gt;</source>
        <translation>&lt;b&gt;Version &amp;manquante&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Unofficial translation, by the editors</source>
        <translation>Traduction non officielle, par la rédaction</translation>
    </message>
    <message>
        <source>Official version, published by the source</source>
        <translation>Version officielle, publiée par la source</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>Who translated it (required for an unofficial translation)</source>
        <translation>Qui a traduit (obligatoire pour une traduction non officielle)</translation>
    </message>
    <message>
        <source>Date of the translation</source>
        <translation>Date de la traduction</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>&amp;Provenance:</source>
        <translation>&amp;Provenance&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ranslator:</source>
        <translation>T&amp;raducteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this version (Ctrl+S)</source>
        <translation>Enregistrer cette version (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Listing what to translate</source>
        <translation>Liste de ce qui est à traduire</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{record} {key}: no {language} version of {fields}</source>
        <translation>{record} {key}&#xa0;: pas de version ({language}) pour {fields}</translation>
    </message>
    <message numerus="yes">
        <source>Missing in %1: %Ln record(s).</source>
        <translation>
            <numerusform>Sans version (%1)&#xa0;: %Ln fiche.</numerusform>
            <numerusform>Sans version (%1)&#xa0;: %Ln fiches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything here has a %1 version.</source>
        <translation>Tout ici a sa version (%1).</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>Ouverture de la fiche</translation>
    </message>
    <message>
        <source>Nothing to translate here.</source>
        <translation>Rien à traduire ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; ({language})</source>
        <translation>&lt;b&gt;Original&lt;/b&gt; ({language})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{language}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{language}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unsaved translation</source>
        <translation>Traduction non enregistrée</translation>
    </message>
    <message>
        <source>This translation has changes that are not saved. Discard them?</source>
        <translation>Cette traduction a des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Optional for an official version</source>
        <translation>Facultatif pour une version officielle</translation>
    </message>
    <message>
        <source>Saved the {language} version of “{title}”.</source>
        <translation>Traduction de «&#xa0;{title}&#xa0;» enregistrée ({language}).</translation>
    </message>
    <message>
        <source>Translate “{title}” into {language}</source>
        <translation>Traduire «&#xa0;{title}&#xa0;» ({language})</translation>
    </message>
    <message>
        <source>Saving the translation</source>
        <translation>Enregistrement de la traduction</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>No person has the id or uid {key}.</source>
        <translation>Aucune personne n’a l’identifiant ou l’uid {key}.</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>personne {name}</translation>
    </message>
    <message>
        <source>no source has the uid {uid}</source>
        <translation>aucune source n’a l’uid {uid}</translation>
    </message>
    <message>
        <source>{code} is not a country in the library</source>
        <translation>{code} n’est pas un pays de la bibliothèque</translation>
    </message>
    <message>
        <source>{uid} exists already</source>
        <translation>{uid} existe déjà</translation>
    </message>
    <message>
        <source>country {code}</source>
        <translation>pays {code}</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>doit être l’une des valeurs suivantes&#xa0;: {options}</translation>
    </message>
    <message>
        <source>country {code} status</source>
        <translation>statut du pays {code}</translation>
    </message>
    <message>
        <source>{uid} is already used</source>
        <translation>{uid} est déjà utilisé</translation>
    </message>
    <message>
        <source>The person {name} was changed elsewhere (revision {revision}, you edited revision {edited}); reload it and apply your edit again.</source>
        <translation>La personne {name} a été modifiée ailleurs (révision {revision}, vous avez modifié la révision {edited}) ; rechargez-la et refaites votre modification.</translation>
    </message>
    <message>
        <source>the image is too large (over {limit} megapixels)</source>
        <translation>l’image est trop grande (plus de {limit} mégapixels)</translation>
    </message>
    <message>
        <source>is not a readable PNG or JPEG image ({error})</source>
        <translation>n’est pas une image PNG ou JPEG lisible ({error})</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>must be the bytes of a PNG or JPEG file</source>
        <translation>doit être le contenu d’un fichier PNG ou JPEG</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>le fichier est trop volumineux ({size} Mo ; la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image (other formats, and files merely named .png or .jpg, are refused)</source>
        <translation>n’est pas une image PNG ou JPEG (les autres formats, et les fichiers simplement nommés .png ou .jpg, sont refusés)</translation>
    </message>
    <message>
        <source>the image is too large ({width}×{height} pixels; the limit is {limit} megapixels)</source>
        <translation>l’image est trop grande ({width}×{height} pixels ; la limite est de {limit} mégapixels)</translation>
    </message>
    <message>
        <source>the image is too small ({width}×{height} pixels) to print</source>
        <translation>l’image est trop petite ({width}×{height} pixels) pour être imprimée</translation>
    </message>
    <message>
        <source>the image is fully transparent (no visible pixels) and would print blank</source>
        <translation>l’image est entièrement transparente (aucun pixel visible) et s’imprimerait vide</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>must be one of {options}, not {value}</source>
        <translation>doit être l’une des valeurs suivantes : {options}, et non {value}</translation>
    </message>
    <message>
        <source>{record} {key} translation {language}</source>
        <translation>{record} {key}, traduction {language}</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>No item has the uid {key}.</source>
        <translation>Aucun élément n’a l’uid {key}.</translation>
    </message>
    <message>
        <source>No source has the uid {key}.</source>
        <translation>Aucune source n’a l’uid {key}.</translation>
    </message>
    <message>
        <source>No country has the code {key}.</source>
        <translation>Aucun pays n’a le code {key}.</translation>
    </message>
    <message>
        <source>No status has the uid {key}.</source>
        <translation>Aucun statut n’a l’uid {key}.</translation>
    </message>
    <message>
        <source>The item {key} has no version in {language}.</source>
        <translation>L’élément {key} n’a pas de version en {language}.</translation>
    </message>
    <message>
        <source>The source {key} has no version in {language}.</source>
        <translation>La source {key} n’a pas de version en {language}.</translation>
    </message>
    <message>
        <source>The country {key} has no version in {language}.</source>
        <translation>Le pays {key} n’a pas de version en {language}.</translation>
    </message>
    <message>
        <source>The status {key} has no version in {language}.</source>
        <translation>Le statut {key} n’a pas de version en {language}.</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>doit être du texte, et non {type}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is too long ({length} characters; the limit is {limit})</source>
        <translation>est trop long ({length} caractères ; la limite est de {limit})</translation>
    </message>
    <message>
        <source>contains characters that are not valid Unicode (lone surrogates)</source>
        <translation>contient des caractères Unicode non valides (substituts isolés)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not {value}</source>
        <translation>doit être une date écrite AAAA-MM-JJ, AAAA-MM ou AAAA, et non {value}</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, not {value}</source>
        <translation>doit être une date écrite AAAA-MM-JJ, et non {value}</translation>
    </message>
    <message>
        <source>must be a full date written YYYY-MM-DD, not {value}</source>
        <translation>doit être une date complète écrite AAAA-MM-JJ, et non {value}</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} n’est pas une date valide</translation>
    </message>
    <message>
        <source>must be a language code such as &apos;en&apos; or &apos;pt-BR&apos;, not {value}</source>
        <translation>doit être un code de langue tel que &apos;en&apos; ou &apos;pt-BR&apos;, et non {value}</translation>
    </message>
    <message>
        <source>must be one of H, M, L or empty, not {value}</source>
        <translation>doit être H, M, L ou vide, et non {value}</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>lists {value} twice</source>
        <translation>mentionne {value} deux fois</translation>
    </message>
    <message>
        <source>has {count} entries; the limit is {limit}</source>
        <translation>compte {count} entrées ; la limite est de {limit}</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166-1 alpha-3 code such as ETH</source>
        <translation>{value} n’est pas un code ISO 3166-1 alpha-3 tel que ETH</translation>
    </message>
    <message>
        <source>must start with http://, https://, file:, urn: or doi:</source>
        <translation>doit commencer par http://, https://, file:, urn: ou doi:</translation>
    </message>
    <message>
        <source>is the original&apos;s own language ({language}); edit the record itself instead</source>
        <translation>est la langue de l’original ({language}) ; modifiez plutôt la fiche elle-même</translation>
    </message>
    <message>
        <source>must be &apos;official&apos; or &apos;unofficial&apos;, not {value}</source>
        <translation>doit être &apos;official&apos; ou &apos;unofficial&apos;, et non {value}</translation>
    </message>
    <message>
        <source>is required for an unofficial translation</source>
        <translation>est obligatoire pour une traduction non officielle</translation>
    </message>
    <message>
        <source>must be a list of (field, text) pairs</source>
        <translation>doit être une liste de paires (champ, texte)</translation>
    </message>
    <message>
        <source>is not a translatable field of a {record} (those are: {fields})</source>
        <translation>n’est pas un champ traduisible pour le type {record} (les champs traduisibles sont : {fields})</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>est donné deux fois</translation>
    </message>
    <message>
        <source>gives no text (a {record} version needs at least one of {fields})</source>
        <translation>ne donne aucun texte (une version de type {record} exige au moins l’un des champs {fields})</translation>
    </message>
    <message>
        <source>contains a control character ({code}); it must be one line of printable text</source>
        <translation>contient un caractère de contrôle ({code}) ; ce doit être une seule ligne de texte imprimable</translation>
    </message>
    <message>
        <source>must be a person record</source>
        <translation>doit être une fiche de personne</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-3 code such as ETH, or empty, not {value}</source>
        <translation>doit être un code ISO 3166-1 alpha-3 tel que ETH, ou vide, et non {value}</translation>
    </message>
    <message>
        <source>must be a list of (language, name) pairs</source>
        <translation>doit être une liste de paires (langue, nom)</translation>
    </message>
    <message>
        <source>{value} is not a language code such as &apos;ar&apos;</source>
        <translation>{value} n’est pas un code de langue tel que &apos;ar&apos;</translation>
    </message>
    <message>
        <source>must be a list of language codes</source>
        <translation>doit être une liste de codes de langue</translation>
    </message>
    <message>
        <source>{value} is not a language code such as &apos;am&apos; or &apos;pt-BR&apos;</source>
        <translation>{value} n’est pas un code de langue tel que &apos;am&apos; ou &apos;pt-BR&apos;</translation>
    </message>
    <message>
        <source>must be a list of biography lines</source>
        <translation>doit être une liste de lignes de biographie</translation>
    </message>
    <message>
        <source>has {count} lines; the limit is {limit}</source>
        <translation>compte {count} lignes ; la limite est de {limit}</translation>
    </message>
    <message>
        <source>must be a biography line (text, source, as_of, locator)</source>
        <translation>doit être une ligne de biographie (texte, source, as_of, localisation)</translation>
    </message>
    <message>
        <source>is required: say as of when the line was true</source>
        <translation>est obligatoire : indiquez à quelle date la ligne était exacte</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Appel à l’action</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Line to take</source>
        <translation>Élément de langage</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Likely ask</source>
        <translation>Demande probable</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Point sensible</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>Élément de langage presse</translation>
    </message>
    <message>
        <source>WePROTECT Model National Response</source>
        <translation>Modèle de réponse nationale WePROTECT</translation>
    </message>
    <message>
        <source>WePROTECT Global Strategic Response</source>
        <translation>Réponse stratégique mondiale WePROTECT</translation>
    </message>
    <message>
        <source>Global Threat Assessment 2019</source>
        <translation>Évaluation de la menace mondiale 2019</translation>
    </message>
    <message>
        <source>Addis Ababa Summit Communiqué 2019</source>
        <translation>Communiqué du sommet d’Addis-Abeba 2019</translation>
    </message>
    <message>
        <source>WePROTECT Statement of Action</source>
        <translation>Déclaration d’action WePROTECT</translation>
    </message>
    <message>
        <source>AU Malabo Convention</source>
        <translation>Convention de Malabo de l’UA</translation>
    </message>
    <message>
        <source>African Charter on the Rights and Welfare of the Child</source>
        <translation>Charte africaine des droits et du bien-être de l’enfant</translation>
    </message>
    <message>
        <source>UN CRC Optional Protocol on the sale of children</source>
        <translation>Protocole facultatif à la CDE des Nations unies concernant la vente d’enfants</translation>
    </message>
    <message>
        <source>UN Convention on the Rights of the Child</source>
        <translation>Convention des Nations unies relative aux droits de l’enfant</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>Afrique du Nord</translation>
    </message>
    <message>
        <source>Southern Africa</source>
        <translation>Afrique australe</translation>
    </message>
    <message>
        <source>Eastern Africa</source>
        <translation>Afrique de l’Est</translation>
    </message>
    <message>
        <source>Western Africa</source>
        <translation>Afrique de l’Ouest</translation>
    </message>
    <message>
        <source>Central Africa</source>
        <translation>Afrique centrale</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>high: stated in a primary or official source</source>
        <translation>élevée&#xa0;: indiqué dans une source primaire ou officielle</translation>
    </message>
    <message>
        <source>medium: stated in a reputable secondary source</source>
        <translation>moyenne&#xa0;: indiqué dans une source secondaire reconnue</translation>
    </message>
    <message>
        <source>low: partial or indirect</source>
        <translation>faible&#xa0;: partiel ou indirect</translation>
    </message>
    <message>
        <source>Malabo Convention (AU Convention on Cyber Security and Personal Data Protection)</source>
        <translation>Convention de Malabo (Convention de l’Union africaine sur la cybersécurité et la protection des données à caractère personnel)</translation>
    </message>
    <message>
        <source>Participation in African Union activities</source>
        <translation>Participation aux activités de l’Union africaine</translation>
    </message>
    <message>
        <source>ratified</source>
        <translation>a ratifié</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>a signé</translation>
    </message>
    <message>
        <source>not ratified</source>
        <translation>n’a pas ratifié</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>participation suspendue</translation>
    </message>
    <message>
        <source>participating</source>
        <translation>participe</translation>
    </message>
    <message>
        <source>reinstated</source>
        <translation>réintégration</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>statut inconnu</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>_FieldsForm</name>
    <message>
        <source>Edit &apos;{field}&apos;</source>
        <translation>Modifier «&#xa0;{field}&#xa0;»</translation>
    </message>
</context>
</TS>
