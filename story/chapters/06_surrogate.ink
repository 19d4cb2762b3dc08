// Chapter 6 — stub, to be written.
=== surrogate ===
#chapter:surrogate
#checkpoint
Chapter 6.
* [Go on.]
  ~ up(closeness)
  -> cabin
