// Chapter 8 — stub, to be written.
=== offline ===
#chapter:offline
#checkpoint
Chapter 8.
* [Go on.]
  ~ up(closeness)
  -> departure
