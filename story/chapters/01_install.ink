// Chapter 1 — stub, to be written.
=== install ===
#chapter:install
#checkpoint
Chapter 1.
* [Go on.]
  ~ up(closeness)
  -> letters
