// Chapter 9 — stub, to be written.
=== departure ===
#chapter:departure
#checkpoint
Chapter 9.
* [Go on.]
  ~ up(closeness)
  -> ending_window

=== ending_window ===
He stays at the window. #ending:window
-> END
