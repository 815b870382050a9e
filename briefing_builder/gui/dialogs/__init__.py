"""The main window's dialogs: check the library, restore a backup, statistics, the manual, About."""
