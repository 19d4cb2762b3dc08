// Chapter 2 — stub, to be written.
=== letters ===
#chapter:letters
#checkpoint
Chapter 2.
* [Go on.]
  ~ up(closeness)
  -> date
