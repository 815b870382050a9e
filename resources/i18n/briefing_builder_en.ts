<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnnexList</name>
    <message numerus="yes">
        <source>PDF, %Ln page(s)</source>
        <translation>
            <numerusform>PDF, %Ln page</numerusform>
            <numerusform>PDF, %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %Ln annexes</source>
        <translation>
            <numerusform>Attach %Ln annex</numerusform>
            <numerusform>Attach %Ln annexes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckLibraryDialog</name>
    <message numerus="yes">
        <source>%Ln problem(s) found that cannot be repaired here. Use Library ▸ Restore backup to go back to a copy taken before they appeared.</source>
        <translation>
            <numerusform>%Ln problem found that cannot be repaired here. Use Library ▸ Restore backup to go back to a copy taken before it appeared.</numerusform>
            <numerusform>%Ln problems found that cannot be repaired here. Use Library ▸ Restore backup to go back to a copy taken before they appeared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Configuration</name>
    <message numerus="yes">
        <source>is longer than %Ln characters</source>
        <translation>
            <numerusform>is longer than %Ln character</numerusform>
            <numerusform>is longer than %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>{file} already exists (and %Ln more of the pack&apos;s files); nothing was written.</source>
        <translation>
            <numerusform>{file} already exists (and 1 more of the pack&apos;s files); nothing was written.</numerusform>
            <numerusform>{file} already exists (and %Ln more of the pack&apos;s files); nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message numerus="yes">
        <source>The source {title} is cited %Ln time(s); point those records at another source before deleting it.</source>
        <translation>
            <numerusform>The source {title} is cited %Ln time; point those records at another source before deleting it.</numerusform>
            <numerusform>The source {title} is cited %Ln times; point those records at another source before deleting it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>The %Ln best matches (there are more: add words or filters to narrow the search)</source>
        <translation>
            <numerusform>The best match (there are more: add words or filters to narrow the search)</numerusform>
            <numerusform>The %Ln best matches (there are more: add words or filters to narrow the search)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryStatsDialog</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported %Ln item(s) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln item to {path}.</numerusform>
            <numerusform>Exported %Ln items to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message numerus="yes">
        <source>%Ln passage(s) with no %1 version — Translate…</source>
        <translation>
            <numerusform>%Ln passage with no %1 version — Translate…</numerusform>
            <numerusform>%Ln passages with no %1 version — Translate…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackBuilderPage</name>
    <message numerus="yes">
        <source>Preview: %Ln page(s), as it will print</source>
        <translation>
            <numerusform>Preview: %Ln page, as it will print</numerusform>
            <numerusform>Preview: %Ln pages, as it will print</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackWarning</name>
    <message numerus="yes">
        <source>{characters} and %Ln more</source>
        <translation>
            <numerusform>{characters} and %Ln more</numerusform>
            <numerusform>{characters} and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of low confidence (partial, indirect or derived: {sources})</source>
        <translation>
            <numerusform>%Ln of low confidence (partial, indirect or derived: {sources})</numerusform>
            <numerusform>%Ln of low confidence (partial, indirect or derived: {sources})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln read through a copy or a secondary work ({sources})</source>
        <translation>
            <numerusform>%Ln read through a copy or a secondary work ({sources})</numerusform>
            <numerusform>%Ln read through a copy or a secondary work ({sources})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{titles} and %Ln more</source>
        <translation>
            <numerusform>{titles} and %Ln more</numerusform>
            <numerusform>{titles} and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items in this pack are marked low confidence (partial or indirect): {titles}. Verify before sending.</source>
        <translation>
            <numerusform>%Ln item in this pack is marked low confidence (partial or indirect): {titles}. Verify before sending.</numerusform>
            <numerusform>%Ln items in this pack are marked low confidence (partial or indirect): {titles}. Verify before sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>one page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln annexes given ({names}) are left out: {why}. Choose a template with an annexes section to attach them.</source>
        <translation>
            <numerusform>The annex given ({names}) is left out: {why}. Choose a template with an annexes section to attach them.</numerusform>
            <numerusform>The %Ln annexes given ({names}) are left out: {why}. Choose a template with an annexes section to attach them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message numerus="yes">
        <source>{problem} (and %Ln more problems)</source>
        <translation>
            <numerusform>{problem} (and %Ln more problem)</numerusform>
            <numerusform>{problem} (and %Ln more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln backup</numerusform>
            <numerusform>%Ln backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passed the integrity check.</source>
        <translation>
            <numerusform>%Ln passed the integrity check.</numerusform>
            <numerusform>%Ln passed the integrity check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the library with the backup taken {moment} (%Ln item(s))?</source>
        <translation>
            <numerusform>Replace the library with the backup taken {moment} (%Ln item)?</numerusform>
            <numerusform>Replace the library with the backup taken {moment} (%Ln items)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spec</name>
    <message numerus="yes">
        <source>“{typed}” could be {countries} and %Ln more: type more of the name, or its code.</source>
        <translation>
            <numerusform>“{typed}” could be {countries} and %Ln more: type more of the name, or its code.</numerusform>
            <numerusform>“{typed}” could be {countries} and %Ln more: type more of the name, or its code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationEditor</name>
    <message numerus="yes">
        <source>Missing in %1: %Ln record(s).</source>
        <translation>
            <numerusform>Missing in %1: %Ln record.</numerusform>
            <numerusform>Missing in %1: %Ln records.</numerusform>
        </translation>
    </message>
</context>
</TS>
