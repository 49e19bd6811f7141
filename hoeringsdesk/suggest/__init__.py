"""Section suggestions computed on the officer's machine: passages, words, draft and tags."""
