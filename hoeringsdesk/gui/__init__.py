"""Qt front end: main window, views, item models, dialogs and background workers."""
