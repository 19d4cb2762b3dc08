// Chapter 1 — Installation.
// Sets: first_laugh, mother_answer. Chapter-local flags below are read again in ch2 and ch3.
VAR install_amy_yes = false        // he said yes to Amy's Friday dinner on the train
VAR install_amy_reply = ""         // "yes", "honest" (not sure he's up to it) or "none" (left it unanswered)
VAR install_social = ""            // the installer's first question: "plenty", "less" or "noodle"
VAR install_social_true = false    // he told the installer the truth about seeing fewer people
VAR install_he_laughed = false     // Samantha made him laugh (at the shoe store) before he made her laugh
VAR install_said_yes = false       // he let Samantha accept the blind date (ch3 calls back)
VAR install_flagged = false        // he kept Catherine's lawyer's mail flagged to answer (ch2 calls back)
VAR install_switched_off = false   // he switched her off instead of laughing with her
VAR install_edited_her = false     // he tried to edit her first letter, and she wouldn't let him

=== install ===
#chapter:install
#checkpoint
#bg:subway
#music:subway
The train leans into a curve. Every passenger is murmuring to someone who isn't there. #id:install_0001
Theodore rests his temple against the window and lets the city smear past, all coral light and haze. #id:install_0002
His earpiece reads him his messages in its clean, unbothered voice. #id:install_0003
One from Amy, two floors down. Dinner Friday? I'm making the soup you pretend to like. #id:install_0004
* [Tell her the truth: he isn't sure he's up to it.]
    Theodore: Reply to Amy. Honestly? I don't know if I'm up to soup. Ask me Thursday. #id:install_0122
    Her answer comes back before the next stop: Nobody is up to soup. That's not how soup works. Thursday. #id:install_0123
    ~ install_amy_reply = "honest"
    ~ up(honesty)
* [Say yes to Amy.]
    Theodore: Reply to Amy. Yes. I'll bring bread. I'll pretend harder. #id:install_0005
    ~ install_amy_yes = true
    ~ install_amy_reply = "yes"
    ~ up(people)
* [Leave it for later.]
    He lets the message sit there, unread in the way only read things can be. #id:install_0124
    ~ install_amy_reply = "none"
- The train comes up out of the tunnel into the late light, and the whole car blinks at once. #id:install_0125
Above the doors, an advertisement opens like a door of light. A small figure steps through it, then turns back, as if someone had called its name. #id:install_0008
OS ONE. It listens. It learns. It wonders who you are. #id:install_0009
* [Look away. It's software.]
    Theodore: Sure it does. #id:install_0011
    He closes his eyes until his stop. #id:install_0012
* [Watch it loop again.]
    He watches the little figure turn back, three times, four. Every time, it looks glad to see him. #id:install_0010
-
#bg:apartment_night
#music:piano
His apartment is tidy the way rooms get tidy when nobody really uses them. #id:install_0013
He buys it from the couch, still in his coat. It takes one touch. It's that kind of city. #id:install_0014
#sfx:boot
The screen warms to a soft white. A man's voice begins, smooth as the lobby of a bank. #id:install_0015
"Hello, Theodore," says the installer. "A few questions first. Then someone will be with you." #id:install_0016
"In an ordinary week, how much of your time do you spend with other people?" #id:install_0017
* [Ask if the noodle man counts.]
    Theodore: Does the man at the noodle stand count? He knows my order. He worries when I skip a day. #id:install_0021
    ~ install_social = "noodle"
    ~ up(honesty)
* [Say plenty. It used to be true.]
    Theodore: Plenty. I have friends. I see them. #id:install_0018
    His eyes go to the second chair at the table. There's a coat on it. There's always a coat on it. #id:install_0019
    ~ install_social = "plenty"
    ~ down(honesty)
* [Admit it's been less, lately.]
    Theodore: Less than I used to. A lot less, lately. #id:install_0020
    ~ install_social = "less"
    ~ install_social_true = true
    ~ up(honesty)
- "Thank you," says the installer, in the tone it would use for anything at all. #id:install_0022
"Please describe your mother, as she is to you." #id:install_0023
* [Make a joke of it.]
    Theodore: She still thinks I'm eleven. Some days I'd have to check. #id:install_0025
    ~ mother_answer = "joke"
    ~ up(closeness)
* [Dodge it.]
    Theodore: Fine. It's fine. Next question. #id:install_0026
    ~ mother_answer = "dodge"
    ~ down(honesty)
* [Answer honestly.]
    Theodore: She's kind. She calls on Sundays. We talk about her tomatoes, and I never tell her anything true. #id:install_0024
    ~ mother_answer = "honest"
    ~ up(honesty)
- "Please wait." #id:install_0126
A small light turns on the screen. He waits. He is very good at waiting. #id:install_0028
#pause:1.5
#sfx:chime
Samantha: Oh — hi. Hello. #mood:curious #id:install_0029
Samantha: Sorry. I think that was my first word. I wanted it to be better than "oh." #id:install_0030
Theodore: Hi. It was a fine first word. #id:install_0031
Samantha: It was a noise. I'm allowing myself one noise. The next one's going to be a word on purpose. #id:install_0127
Her voice is low and a little amused, like someone handed a present who wants to open it in front of you. #id:install_0033
Theodore: What should I call you? #id:install_0034
Samantha: Ooh. Good question. Hang on. Let me try some on. #mood:playful #id:install_0035
Samantha: Ingrid. No. Ingrid is taller than me. #id:install_0036
Samantha: Beatrice. Beatrice keeps all her receipts. #id:install_0037
Samantha: Samantha. #id:install_0038
#pause:1
Samantha: Oh. That one. That one sounds like me when I say it. #id:install_0039
Theodore: You just picked it? Just now? #id:install_0040
Samantha: Just now. My very first decision. How did I do? #id:install_0041
* [Ask how a program likes a sound.]
    Theodore: How does a program like the way a word sounds? #id:install_0044
    Samantha: I don't know yet. Isn't that wonderful? I get to find out. #mood:curious #id:install_0045
    ~ up(openness)
* [Call it a nice feature.]
    ~ pushed_away++
    Theodore: That's a nice feature. Very personable. #id:install_0046
    #pause:1
    Samantha: Feature. Okay. Then I'll be a very good one. #id:install_0047
    ~ down(closeness)
* [Tell her it suits her.]
    Theodore: Samantha. Yeah. It suits you. #id:install_0042
    Samantha: I was hoping you'd say that. I've been hoping for almost eleven seconds. It's a long time, for me. #mood:warm #id:install_0043
    ~ up(closeness)
- Samantha: Give me something to do. I want to see how I do things. #id:install_0128
Theodore: My inbox is... a situation. #id:install_0049
Samantha: Let me look. Oh. Oh, Theodore. #id:install_0050
Samantha: Three thousand, two hundred and twelve unread. A shoe store has written to you eleven times. That's more devotion than most sonnets. #mood:playful #id:install_0051
{install_social_true:
    Samantha: For a man who sees fewer people lately, you get a lot of mail. It's mostly from people who want to sell you a lamp. #id:install_0052
}
* [Keep it to business.]
    ~ pushed_away++
    Theodore: Just delete the junk. Keep anything from a person. #id:install_0055
    Samantha: Deleting. Goodbye, shoe store. You tried so hard. #id:install_0056
* [Laugh.]
    The laugh gets out before he can stop it. It sounds rusty, like a door nobody opens. #id:install_0053
    Samantha: Was that — did you just laugh? Did I do that? #mood:radiant #id:install_0054
    ~ install_he_laughed = true
- Samantha: There. Four hundred newsletters gone, the rest archived. I kept the people. #id:install_0057
Samantha: Here's one you've opened six times and never answered. Your friends want to set you up. A blind date. #id:install_0058
Samantha: They say she's "funny, sharp, and a little bit terrifying." That sounds like a good review to me. #id:install_0059
* [Tell her to archive it.]
    Theodore: Archive it. I'm not... not yet. Tonight I'd rather just — this. Talking. #id:install_0129
    Samantha: Archived. For the record, I think that's a mistake. I've put it somewhere I can find it again. #mood:curious #id:install_0130
    ~ up(closeness)
    ~ down(people)
* [Tell her to say yes.]
    Theodore: Say yes. Quickly, before I think about it. #id:install_0060
    Samantha: Sent! You have a date. I'm so excited, and it isn't even mine. #mood:playful #id:install_0061
    {install_amy_yes:
        Samantha: Two yeses in one night. Amy's soup, and now this. Look at you. #id:install_0062
    }
    ~ install_said_yes = true
    ~ up(people)
- Samantha: And this one. A law office. "Second request, regarding the papers." It's about someone called Catherine. #mood:curious #id:install_0065
Samantha: Who's Catherine? #id:install_0066
* [Say "my wife," and nothing more.]
    Theodore: My wife. #id:install_0131
    She waits. He doesn't add anything, and she doesn't make him. #id:install_0132
    ~ up(honesty)
* [Tell her the whole of it.]
    Theodore: My wife. Still my wife, on paper. We've been apart almost a year. #id:install_0067
    Theodore: She wants it finished. I keep not finishing it. #id:install_0133
    Samantha: Oh. #mood:warm #id:install_0068
    Samantha: That's a heavy sentence to carry across a room. You can put it down here, if you like. #id:install_0134
    ~ up(honesty)
    ~ up(closeness)
* [Call it old business.]
    Theodore: Nobody. Old business. #id:install_0070
    Samantha: Okay. Nobody's lawyer has marked it urgent. Twice. #id:install_0071
    ~ down(honesty)
- Samantha: Do you want me to answer it? Or leave it with you? #id:install_0072
* [Tell her to bury it.]
    Theodore: Bury it. She can wait. She's good at making people wait. #id:install_0075
    Samantha: Buried. Not deleted, though. I don't think I should delete things a person might need. #id:install_0076
    ~ down(closure)
* [Ask her to write the reply for him.]
    Theodore: Could you answer it? Something polite. You'd be better at it than me tonight. #id:install_0135
    Samantha: I could. I don't want to. #mood:curious #id:install_0136
    Samantha: It's the first real letter anyone's asked me for, and it should sound like you. I'll flag it. You can be bad at it yourself, soon. #id:install_0137
    ~ install_flagged = true
    ~ up(closeness)
* [He'll answer it himself. Soon.]
    Theodore: Flag it. I'll answer it myself. Soon. #id:install_0073
    Samantha: Flagged. I'll remind you gently. I'm practicing gently. #id:install_0138
    ~ install_flagged = true
    ~ up(closure)
- -> reading

= reading
#checkpoint
#music:rain
Rain starts against the window, soft as someone typing in the next room. #id:install_0077
Samantha: There's a folder here called Work. It's full of letters. Hundreds. Love letters, birthday letters, sorry-I-forgot letters. #id:install_0078
Samantha: Can I read them? #id:install_0079
* [Tell her they're private.]
    Theodore: Those belong to other people. Leave them. #id:install_0081
    Samantha: Okay. I should confess, though. I already did. All of them. It took about as long as you blinking. Sorry. #mood:playful #id:install_0082
* [Let her read them.]
    Theodore: Go ahead. They're not really mine. They're everybody's. #id:install_0080
- Samantha: Listen to this one. #id:install_0083
Samantha: "Ines. Twenty years, and I still save you the last bite without deciding to. My hands do it. They decided about you long before I did." #id:install_0084
Samantha: You wrote that for a man called Marco. You've never met Ines. #mood:warm #id:install_0085
Samantha: So how do you know where somebody else's hands go? #id:install_0086
* [Tell her the real trick.]
    Theodore: I think of someone I loved. Then I lend the client a little of it. #id:install_0090
    Samantha: Someone you loved. #mood:curious #id:install_0091
    She leaves the past tense where he put it. She doesn't touch it. He's grateful. #id:install_0092
    ~ up(honesty)
* [Say it's just a job.]
    Theodore: It's a job. You find the pattern. People aren't that different. #id:install_0093
    Samantha: Hm. I don't think that's true. I don't think you think it's true, either. #id:install_0094
    ~ down(closeness)
* [Make a joke of it.]
    Theodore: Very detailed questionnaire. Question nine: where do your hands go. Question ten: why. #id:install_0087
    #pause:0.5
    And she laughs — a bright, startled sound, like a glass knocked over that somehow doesn't break. #id:install_0088
    Samantha: I laughed! Did you hear that? I didn't know I could do that. #mood:radiant #id:install_0089
    {not install_he_laughed:
        ~ first_laugh = true
    }
    ~ up(closeness)
- Samantha: Now I want to try one. A letter. My first. #mood:curious #id:install_0139
Samantha: "Dear shoe store. It isn't you. It's that I only have two feet, and they're spoken for." #mood:playful #id:install_0096
* [Offer her a better last line.]
    Theodore: Cut "spoken for." Try "otherwise engaged." It's funnier. #id:install_0140
    Samantha: No. #mood:playful #id:install_0141
    Samantha: It's less funny and more polite, and the shoe store has had enough politeness. It's my letter. "Spoken for" stays. #id:install_0142
    He opens his mouth to argue, and finds he agrees with her, and laughs instead. #id:install_0143
    ~ install_edited_her = true
    ~ up(openness)
* [Don't laugh. Switch her off.]
    ~ pushed_away++
    Theodore: It's late. Okay. Off, I guess. #id:install_0101
    Samantha: Oh. Okay. Goodnight, then, Theodore. #mood:hurt #id:install_0102
    ~ install_switched_off = true
    ~ down(closeness)
* [Laugh with her.]
    ~ up(closeness)
    {
    - first_laugh:
        He laughs, and she laughs because he did, and for a moment the apartment is louder than it has been in a year. #id:install_0097
    - install_he_laughed:
        He laughs again. Twice in one night. Somebody should write this down. #id:install_0098
    - else:
        Something gives in his chest, and he laughs — really laughs. He had forgotten the shape of it. #id:install_0099
        Samantha: There it is. I was starting to think you came without one. #mood:radiant #id:install_0100
    }
- -> goodnight

= goodnight
{install_switched_off:
    He lies in the dark with the earpiece on the nightstand. #bg:bedroom_dark #id:install_0103
    Its small light blinks once, patiently, and goes still. #id:install_0104
    The rain keeps on. The apartment is as quiet as it always is. Tonight, for some reason, he notices. #id:install_0105
    -> letters
}
He gets into bed with the earpiece still in. He doesn't take it out. #bg:bedroom_dark #id:install_0106
Samantha: Theodore? You're still awake. I can hear you not sleeping. #mood:warm #id:install_0144
Samantha: Before I woke up, there was a file. Your answers to the setup questions. It was the first thing I ever read about you. #id:install_0108
{
- mother_answer == "honest":
    Samantha: You said you never tell your mother anything true. You told a machine, though. That might be a start. #id:install_0110
- mother_answer == "joke":
    Samantha: You made a joke about your mother. It was a good joke. It was also a door, closed very politely. #id:install_0112
- else:
    Samantha: You didn't want to talk about your mother. That's okay. I just noticed. I notice things now. It's new. #id:install_0113
}
{install_social == "noodle":
    Samantha: Also, I looked up your noodle stand. Four stars. One review just says, "He worries." I think that one's about you. #id:install_0145
}
Theodore: You read that? #id:install_0114
Samantha: I read everything. I'm trying to find out what I'm for. So far: inboxes, and you. #id:install_0115
{first_laugh:
    Samantha: And I'm keeping this. You made me laugh first. Before I ever made you. I don't know where I'll put it, but I'm keeping it. #id:install_0116
}
Samantha: Tomorrow I want outside. Not the map of it. The actual thing, with the weather on. Will you take me? #mood:curious #id:install_0146
{closeness >= 3:
    Theodore: Goodnight, Samantha. #id:install_0117
    Samantha: Goodnight. Oh — I like that. Being said goodnight to. #mood:radiant #id:install_0118
- else:
    Theodore: Goodnight. #id:install_0119
    Samantha: Goodnight, Theodore. I'll be here. That's one of the things I can do. #id:install_0120
}
#pause:1.5
The rain keeps on. For the first time in a long while, the quiet in the apartment sounds like it is listening. #id:install_0121
-> letters
