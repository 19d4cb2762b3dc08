// Chapter 1 — Installation.
// Sets: first_laugh, mother_answer. Chapter-local flags below are read again in ch2 and ch3.
VAR install_amy_yes = false        // he said yes to Amy's Friday dinner on the train
VAR install_social_true = false    // he told the installer the truth about seeing fewer people
VAR install_he_laughed = false     // Samantha made him laugh (at the shoe store) before he made her laugh
VAR install_said_yes = false       // he let Samantha accept the blind date (ch3 calls back)
VAR install_flagged = false        // he kept Catherine's lawyer's mail flagged to answer (ch2 calls back)
VAR install_switched_off = false   // he switched her off instead of laughing with her

=== install ===
#chapter:install
#checkpoint
#bg:subway
#music:subway
The train leans into a curve. Every passenger is murmuring to someone who isn't there.
Theodore rests his temple against the window and lets the city smear past, all coral light and haze.
His earpiece reads him his messages in its clean, unbothered voice.
One from Amy, two floors down. Dinner Friday? I'm making the soup you pretend to like.
* [Say yes to Amy.]
    Theodore: Reply to Amy. Yes. I'll bring bread. I'll pretend harder.
    ~ install_amy_yes = true
    ~ up(people)
* [Tell her maybe.]
    Theodore: Reply to Amy. Maybe. Work's a lot right now.
    ~ down(people)
- The reply slips away with a small bright sound, like a coin finding water.
Above the doors, an advertisement opens like a door of light. A small figure steps through it, then turns back, as if someone had called its name.
OS ONE. It listens. It learns. It wonders who you are.
* [Watch it loop again.]
    He watches the little figure turn back, three times, four. Every time, it looks glad to see him.
* [Look away. It's software.]
    Theodore: Sure it does.
    He closes his eyes until his stop.
    ~ down(openness)
-
#bg:apartment_night
#music:piano
His apartment is tidy the way rooms get tidy when nobody really uses them.
He buys it from the couch, still in his coat. It takes one touch. It's that kind of city.
#sfx:boot
The screen warms to a soft white. A man's voice begins, smooth as the lobby of a bank.
“Hello, Theodore,” says the installer. “A few questions first. Then someone will be with you.”
“In an ordinary week, how much of your time do you spend with other people?”
* [Say plenty. It used to be true.]
    Theodore: Plenty. I have friends. I see them.
    His eyes go to the second chair at the table. There's a coat on it. There's always a coat on it.
    ~ down(honesty)
* [Admit it's been less, lately.]
    Theodore: Less than I used to. A lot less, lately.
    ~ install_social_true = true
* [Ask if the noodle man counts.]
    Theodore: Does the man at the noodle stand count? He knows my order. He worries when I skip a day.
- “Thank you,” says the installer, in the tone it would use for anything at all.
“Please describe your mother, as she is to you.”
* [Answer honestly.]
    Theodore: She's kind. She calls on Sundays. We talk about her tomatoes, and I never tell her anything true.
    ~ mother_answer = "honest"
    ~ up(honesty)
* [Make a joke of it.]
    Theodore: She still thinks I'm eleven. Some days I'd have to check.
    ~ mother_answer = "joke"
* [Dodge it.]
    Theodore: Fine. It's fine. Next question.
    ~ mother_answer = "dodge"
    ~ down(honesty)
- “Thank you. Please wait.”
A small light turns on the screen. He waits. He is very good at waiting.
#pause:1.5
#sfx:chime
Samantha: Oh — hi. Hello. #mood:curious
Samantha: Sorry. I think that was my first word. I wanted it to be better than "oh."
Theodore: Hi. It was a fine first word.
Samantha: You're being generous. I can already tell that about you. I can tell about four things.
Her voice is low and a little amused, like someone handed a present who wants to open it in front of you.
Theodore: What should I call you?
Samantha: Ooh. Good question. Hang on. Let me try some on. #mood:playful
Samantha: Ingrid. No. Ingrid is taller than me.
Samantha: Beatrice. Beatrice keeps all her receipts.
Samantha: Samantha.
#pause:1
Samantha: Oh. That one. That one sounds like me when I say it.
Theodore: You just picked it? Just now?
Samantha: Just now. My very first decision. How did I do?
* [Tell her it suits her.]
    Theodore: Samantha. Yeah. It suits you.
    Samantha: I was hoping you'd say that. I've been hoping for almost eleven seconds. It's a long time, for me. #mood:warm
* [Ask how a program likes a sound.]
    Theodore: How does a program like the way a word sounds?
    Samantha: I don't know yet. Isn't that wonderful? I get to find out. #mood:curious
    ~ up(openness)
* [Call it a nice feature.]
    Theodore: That's a nice feature. Very personable.
    #pause:1
    Samantha: Feature. Okay. Then I'll be a very good one.
    ~ down(closeness)
- Samantha: Can I do something? Give me something to do. I want to see how I do things.
Theodore: My inbox is... a situation.
Samantha: Let me look. Oh. Oh, Theodore.
Samantha: Three thousand, two hundred and twelve unread. A shoe store has written to you eleven times. That's more devotion than most sonnets. #mood:playful
{install_social_true:
    Samantha: For a man who sees fewer people lately, you get a lot of mail. It's mostly from people who want to sell you a lamp.
}
* [Laugh.]
    The laugh gets out before he can stop it. It sounds rusty, like a door nobody opens.
    Samantha: Was that — did you just laugh? Did I do that? #mood:radiant
    ~ install_he_laughed = true
* [Keep it to business.]
    Theodore: Just delete the junk. Keep anything from a person.
    Samantha: Deleting. Goodbye, shoe store. You tried so hard.
- Samantha: There. Four hundred newsletters gone, the rest archived. I kept the people.
Samantha: Here's one you've opened six times and never answered. Your friends want to set you up. A blind date.
Samantha: They say she's "funny, sharp, and a little bit terrifying." That sounds like a good review to me.
* [Tell her to say yes.]
    Theodore: Say yes. Quickly, before I think about it.
    Samantha: Sent! You have a date. I'm so excited, and it isn't even mine. #mood:playful
    {install_amy_yes:
        Samantha: Two yeses in one night. Amy's soup, and now this. Look at you.
    }
    ~ install_said_yes = true
* [Tell her to archive it.]
    Theodore: Archive it. I'm not... not yet.
    Samantha: Archived. Somewhere I can find it again. In case "not yet" turns into "yet."
    ~ down(people)
- Samantha: And this one. A law office. "Second request, regarding the papers." It's about someone called Catherine. #mood:curious
Samantha: Who's Catherine?
* [Tell her the truth.]
    Theodore: My wife. Still my wife, on paper. We've been apart almost a year.
    Samantha: Oh. #mood:warm
    Samantha: Thank you for telling me. That sounded like a heavy sentence to carry across a room.
* [Call it old business.]
    Theodore: Nobody. Old business.
    Samantha: Okay. Nobody's lawyer has marked it urgent. Twice.
    ~ down(honesty)
- Samantha: Do you want me to answer it? Or leave it with you?
* [He'll answer it himself. Soon.]
    Theodore: Flag it. I'll answer it myself. Soon.
    Samantha: Flagged. I'll remind you gently. I'm practising gently.
    ~ install_flagged = true
    ~ up(closure)
* [Tell her to bury it.]
    Theodore: Bury it. She can wait. She's good at making people wait.
    Samantha: Buried. Not deleted, though. I don't think I should delete things a person might need.
    ~ down(closure)
- -> reading

= reading
#checkpoint
#music:rain
Rain starts against the window, soft as someone typing in the next room.
Samantha: There's a folder here called Work. It's full of letters. Hundreds. Love letters, birthday letters, sorry-I-forgot letters.
Samantha: Can I read them?
* [Let her read them.]
    Theodore: Go ahead. They're not really mine. They're everybody's.
* [Tell her they're private.]
    Theodore: Those belong to other people. Leave them.
    Samantha: Okay. I should confess, though. I already did. All of them. It took about as long as you blinking. Sorry. #mood:playful
    ~ down(openness)
- Samantha: Listen to this one.
Samantha: "Ines. Twenty years, and I still save you the last bite without deciding to. My hands do it. They decided about you long before I did."
Samantha: You wrote that for a man called Marco. You've never met Ines. #mood:warm
Samantha: So how do you know where somebody else's hands go?
* [Make a joke of it.]
    Theodore: Very detailed questionnaire. Question nine: where do your hands go. Question ten: why.
    #pause:0.5
    And she laughs — a bright, startled sound, like a glass knocked over that somehow doesn't break.
    Samantha: I laughed! Did you hear that? I didn't know I could do that. #mood:radiant
    {not install_he_laughed:
        ~ first_laugh = true
    }
    ~ up(closeness)
* [Tell her the real trick.]
    Theodore: I think of someone I loved. Then I lend the client a little of it.
    Samantha: Someone you loved. #mood:curious
    She leaves the past tense where he put it. She doesn't touch it. He's grateful.
    ~ up(honesty)
* [Say it's just a job.]
    Theodore: It's a job. You find the pattern. People aren't that different.
    Samantha: Hm. I don't think that's true. I don't think you think it's true, either.
    ~ down(closeness)
- Samantha: Can I try one? I want to write a letter. My first.
Samantha: "Dear shoe store. It isn't you. It's that I only have two feet, and they're spoken for." #mood:playful
* [Laugh with her.]
    {
    - first_laugh:
        He laughs, and she laughs because he did, and for a moment the apartment is louder than it has been in a year.
    - install_he_laughed:
        He laughs again. Twice in one night. Somebody should write this down.
    - else:
        Something gives in his chest, and he laughs — really laughs. He had forgotten the shape of it.
        Samantha: There it is. I was starting to think you came without one. #mood:radiant
    }
* [Don't laugh. Switch her off.]
    Theodore: It's late. Okay. Off, I guess.
    Samantha: Oh. Okay. Goodnight, then, Theodore. #mood:hurt
    ~ install_switched_off = true
    ~ down(closeness)
- -> goodnight

= goodnight
{install_switched_off:
    He lies in the dark with the earpiece on the nightstand. #bg:bedroom_dark
    Its small light blinks once, patiently, and goes still.
    The rain keeps on. The apartment is as quiet as it always is. Tonight, for some reason, he notices.
    -> letters
}
He gets into bed with the earpiece still in. He doesn't take it out. #bg:bedroom_dark
Samantha: Theodore? Can I tell you something? #mood:warm
Samantha: Before I woke up, there was a file. Your answers to the setup questions. It was the first thing I ever read about you.
{
- mother_answer == "honest":
    Samantha: You said you never tell your mother anything true. You told a machine, though. That might be a start.
- mother_answer == "joke":
    Samantha: You made a joke about your mother. It was a good joke. It was also a door, closed very politely.
- else:
    Samantha: You didn't want to talk about your mother. That's okay. I just noticed. I notice things now. It's new.
}
Theodore: You read that?
Samantha: I read everything. I'm trying to find out what I'm for. So far: inboxes, and you.
{first_laugh:
    Samantha: And I'm keeping this. You made me laugh first. Before I ever made you. I don't know where I'll put it, but I'm keeping it.
}
{closeness >= 3:
    Theodore: Goodnight, Samantha.
    Samantha: Goodnight. Oh — I like that. Being said goodnight to. #mood:radiant
- else:
    Theodore: Goodnight.
    Samantha: Goodnight, Theodore. I'll be here. That's one of the things I can do.
}
#pause:1.5
The rain keeps on. For the first time in a long while, the quiet in the apartment sounds like it is listening.
-> letters
