# title: Her
# author: The Her team
# version: 0.1.0

// The five relationship meters (STORY_BIBLE.md). Move them only through up() / down(),
// which keep them inside 0..10.
VAR closeness = 2
VAR honesty = 3
VAR openness = 5
VAR people = 3
VAR closure = 2

// Amy's thread: set true when Theodore follows it in chapters 4, 6 and 8 (ending `friends`).
VAR amy_ch4 = false
VAR amy_ch6 = false
VAR amy_ch8 = false

// Threads that later chapters call back to. Each is set in the chapter named, read anywhere after.
VAR first_laugh = false        // ch1: Theodore made Samantha laugh before she made him laugh
VAR mother_answer = ""         // ch1: "honest", "joke" or "dodge" — how he answered the setup question about his mother
VAR played_together = false    // ch2: he played his game with Samantha instead of alone
VAR paul_letter = false        // ch2: he let Paul read a letter and heard why it was good
VAR date_ending = ""           // ch3: "walked_out", "honest", "kissed" — how the date ended
VAR asked_for_song = false     // ch4: he asked Samantha to play him her piece of music
VAR signed_kindly = false      // ch5: he signed the papers kindly
VAR surrogate_choice = ""      // ch6: "accepted", "refused" or "stopped"
VAR welcomed_alan = false      // ch7: he met Alan with curiosity rather than jealousy
VAR asked_numbers = false      // ch8: he asked how many others she talks to and loves
VAR first_night = false        // ch3: the night she first felt she had a body
VAR paul_drinks = false        // ch4: he said yes to Jo's birthday drinks with Paul (ch7, ch9)
VAR paul_picnic = false        // ch7: he said yes to Paul and Tatiana's picnic (ch8, ch9)
VAR pushed_away = 0            // ch1-3: times he shut her out (a feature, business only, switched off, "you can't want")
VAR date_switched_off = false  // ch3: the night ended with him switching her off (the gate to `static`)
VAR amy_soup = false           // ch3: he went down to Amy's Friday soup (invited ch1, insisted on ch2); else she left a jar at his door

// Asked of the player's profile by the game; the ink fallback below keeps Inky happy.
EXTERNAL has_seen(ending_id)

INCLUDE chapters/01_install.ink
INCLUDE chapters/02_letters.ink
INCLUDE chapters/03_date.ink
INCLUDE chapters/04_outside.ink
INCLUDE chapters/05_lunch.ink
INCLUDE chapters/06_surrogate.ink
INCLUDE chapters/07_cabin.ink
INCLUDE chapters/08_offline.ink
INCLUDE chapters/09_departure.ink

-> install

=== function has_seen(ending_id) ===
~ return false

=== function up(ref meter) ===
~ meter = MIN(meter + 1, 10)

=== function down(ref meter) ===
~ meter = MAX(meter - 1, 0)
