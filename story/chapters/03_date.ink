// Chapter 3 — stub, to be written.
=== date ===
#chapter:date
#checkpoint
Chapter 3.
* [Go on.]
  ~ up(closeness)
  -> outside
