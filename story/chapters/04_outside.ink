// Chapter 4 — stub, to be written.
=== outside ===
#chapter:outside
#checkpoint
Chapter 4.
* [Go on.]
  ~ up(closeness)
  -> lunch
