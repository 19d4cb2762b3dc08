// Chapter 7 — stub, to be written.
=== cabin ===
#chapter:cabin
#checkpoint
Chapter 7.
* [Go on.]
  ~ up(closeness)
  -> offline
