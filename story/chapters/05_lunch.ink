// Chapter 5 — stub, to be written.
=== lunch ===
#chapter:lunch
#checkpoint
Chapter 5.
* [Go on.]
  ~ up(closeness)
  -> surrogate
