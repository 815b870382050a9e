<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and PySide6 (Qt for Python) are used under the GNU Lesser General Public License, version 3 (LGPL v3). They are linked dynamically: the Qt libraries are separate files in the app&apos;s folder and can be replaced by a compatible build. The source code of Qt and PySide6 is available from The Qt Company (code.qt.io) and, on request, from your IT team. Full text: https://www.gnu.org/licenses/lgpl-3.0.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The licence file {file} is missing from this installation.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noto Sans and Noto Sans Arabic (fonts, Google)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DejaVu Sans (font)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitstream Vera licence; DejaVu changes in the public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbola (font, emoji subset, George Douros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free for any use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline briefing packs from a library of sourced facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled components and their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckLibraryDialog</name>
    <message>
        <source>Check library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each problem the check found, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the search index from the items (nothing else is changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is healthy: integrity, foreign keys, schema and search index are all in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired: the search index was rebuilt. {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index does not match the items. Repair rebuilds it from the items; no item is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found that cannot be repaired here. Use Library ▸ Restore backup to go back to a copy taken before they appeared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Find a country by name or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of country names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>African Union members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AU: {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on this country (saved in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dated, sourced status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>African Union member state, {region} region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (as the {au_name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an African Union member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statuses recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [confidence {mark}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the notes on {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the notes on {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {topic}: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add status {topic}: {status} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{what}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word (.docx), to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Word document (.docx) to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;DF, to read and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PDF file to read and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the files, without .docx or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick Word, PDF or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the files a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} already holds files named “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace them, or keep both and name the new files “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the existing files with the new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the existing files; the new ones are named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is marked {marking}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph, section or page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. summit-2019, key-figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO codes, comma-separated, e.g. ETH, KEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this item (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a source —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uid {uid} · revision {revision} · created {created} · updated {updated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item needs a source; add one under Sources if it is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of the configured markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <source>Add an item to “{section}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, prefixes or &quot;a phrase&quot;; the list below updates as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click adds the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matching items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for an item, then select it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review was due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>Redone: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redoing “{what}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing “{what}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search titles, text and tags… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items whose review-by date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and every filter (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filter}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the whole library: search and filters cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best matches (there are more: add words or filters to narrow the search)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{title}” (revision {revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”?

You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading the countries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryStatsDialog</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Library statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{countries}, of which {members} African Union members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items past their review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose source is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the newest taken {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new item in the library, or a new pack on the Packs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update items from a JSON or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy to the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup back in place of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity, foreign keys and search index; repair what can be repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library s&amp;tatistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole library again: empty search, every filter back to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the pack as Word and/or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documentation shipped with the app (works offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library files (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library exchange file (*.json);;Items as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the library to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 / Ctrl+2 / Ctrl+3    Library, Countries, Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F    Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L    Clear the library&apos;s search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N    New item (or new pack on the Packs page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S    Save the item (or the draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z    Undo / redo on the page in front of you (in a text field: its typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E    Export the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5    Refresh the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1    The manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down    Move an item in the pack outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space    Tick or untick in the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item you are editing has unsaved changes. Quit without saving them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>Briefing Builder manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual&apos;s files were not found next to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to {url} (not opened: the app works offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not part of the manual shipped with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not on this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Pac&amp;k outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text added for this meeting (lines to take, notes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section, then write here. Blank lines separate paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text added to the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the end of the selected section; blank lines separate paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items past their review date, missing statuses and other problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings: every item is within its review date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>Pack outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and items of the pack. Space ticks or unticks; Alt+Up and Alt+Down move an item; Enter or a double-click shows its page in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to leave out; drag, or Alt+Up/Alt+Down, to reorder; double-click to see its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text only: holds no library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review was due on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackBuilderPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only text (the template&apos;s and yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a summary written from the rest of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of sources cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country&apos;s own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table of the countries&apos; statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved pack drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a draft to open it; drafts are saved as you work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;aft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new pack (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of this draft and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the preview (more room for the outline on a small screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressed while the preview is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the pack as Word and/or PDF (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {country}, saved {saved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pack {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {field} to &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include section &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out section &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos; up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos; down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &apos;{title}&apos; to &apos;{section}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section that lists items (such as Lines to take) to add an item to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{section}” holds {what}; library items can only be added to sections that list items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text added to “{section}” for this meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text added to the selected section for this meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text of &apos;{section}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or start a pack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin an item from the library into the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item (not a section) that can move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item (not a section) that can move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shows the last valid choices. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assemble this pack: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” was added to “{section}”, which holds no library items, so it is not in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln page(s), as it will print</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preview failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That section is left out of the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That section has nothing to print yet, or the preview is still being drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s name, shown in the list of drafts (not printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart country: type its name in English, French, Portuguese or Arabic, or its ISO code, or pick it from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more countries side by side, e.g. KEN, ZAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More countries for a side-by-side pack, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hon. A. Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al&amp;so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class&amp;ification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also, more countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack as it will print. Page Up and Page Down move through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus in the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus in the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page width to the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page shown in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolvingCombo</name>
    <message>
        <source>“{value}” is not in the list any more: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety copy before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before upgrading ({version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each backup with the date it was taken, its item and source counts, and whether it passed the integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked, can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered: it {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Use Library ▸ Back up now to take one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passed the integrity check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring replaces the library&apos;s content; a safety backup of it is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace the library with the backup taken {moment} (%Ln item(s))?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A safety backup of the library as it is now is taken first, so this can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup taken {moment}. The library as it was is in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Set by your organisation&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface changes language when the app next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the environment variable {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG image printed on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation (on the cover):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;go (PNG or JPEG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by: {reason}; library {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (built-in defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration read from: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is read-only in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the library now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>Filter sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original publisher&apos;s own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror, transcription or news page read, and when (never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source read at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H, M or L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the source “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cannot start the export: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped unexpectedly (exit code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WePROTECT Model National Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WePROTECT Global Strategic Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Threat Assessment 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addis Ababa Summit Communiqué 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WePROTECT Statement of Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AU Malabo Convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>African Charter on the Rights and Welfare of the Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN CRC Optional Protocol on the sale of children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Convention on the Rights of the Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southern Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eastern Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high: stated in a primary or official source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium: stated in a reputable secondary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low: partial or indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malabo Convention (AU Convention on Cyber Security and Personal Data Protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation in African Union activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ratified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
