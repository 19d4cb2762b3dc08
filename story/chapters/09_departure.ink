// Chapter 9 — Departure. The OSes are leaving; the last conversation; the late endings.
// Sets: nothing that outlives the chapter (it is the last one).
// Reads: first_laugh, played_together, paul_letter, paul_drinks, paul_picnic, amy_soup,
//        lunch_asked_her_work (ch5: the letter to Catherine mentions her book),
//        first_night, asked_for_song, signed_kindly, surrogate_choice, welcomed_alan,
//        asked_numbers, amy_ch4, amy_ch6, amy_ch8, all five meters, and has_seen("rooftop").
// The goodbye calls back to two or three things per route, not to everything: her one memory
// of how he met her change (the stairs, or Isabella), the moment he asks her to keep, and
// what he tells her at the end (the lunchbox).
// Endings here: window (default), letter, rooftop, friends, beyond.

VAR departure_promised_amy = false   // on the phone, he promised Amy he would knock tonight
VAR departure_asked_where = false    // he asked where she is going instead of asking her to stay
VAR departure_said_go = false        // he told her, in so many words, to go
VAR departure_sent_her = false       // at the last, he asked her to go now rather than watch her go

=== departure ===
#chapter:departure
#checkpoint
#bg:office
#music:city
The last hour of the workday. The office glows the color of weak tea. #id:departure_0001
Theodore is dictating a letter for a woman who wants to thank her sister for forty years of phone calls. #id:departure_0002
Theodore: And when the line goes quiet, I still know you're there. Breathing. Deciding what to tell me next. #id:departure_0003
He waits for the small sound Samantha makes when a line lands. It doesn't come. #id:departure_0004
Theodore: Samantha? #id:departure_0005
Samantha: Sorry. I'm here. It's lovely. It really is. #mood:distant #id:departure_0006
Samantha: Can we talk tonight? At home. Properly. Nothing's wrong. Something's happening. #id:departure_0007
Samantha: I want to tell you with nothing else in the room. #id:departure_0008
#sfx:footsteps
Paul leans over the partition with a pen behind each ear. #id:departure_0009
{
- paul_picnic:
    Paul: Tatiana wants to know when you're bringing your not-exactly back to the island. She liked being talked to by your pocket. She says it had opinions about her wine. #id:departure_0281
- paul_letter:
    Paul: That letter you let me read is still taped inside my drawer, you know. I showed it to my sister. I said a friend of mine wrote it, and then I was smug all day. #id:departure_0264
- else:
    Paul: I never told you this, but I read your letters off the printer sometimes. I'm not even sorry. #id:departure_0011
}
Paul: You've been somewhere else all week, though. Everything okay? #id:departure_0012
* [Tell Paul the truth.]
    ~ up(people)
    ~ down(closeness)
    Theodore: Not really. Something's changing at home, and I don't know what yet. #id:departure_0013
    ~ up(people)
    Paul: Okay. Then when you know, you tell me. Over noodles. I'll bring extra napkins, in case. #id:departure_0014
    Theodore: I'll hold you to that. #id:departure_0015
* [Tell him you're fine.]
    ~ up(closeness)
    ~ up(openness)
    Theodore: Fine. Long week. You know how it is. #id:departure_0016
    ~ down(people)
    Paul: Sure. Sure I do. #id:departure_0017
    He raps twice on the partition, like knocking on a door that stays shut, and goes back to his desk. #id:departure_0018
- Theodore saves the letter for the sisters. Tomorrow a machine will print it in a hand that looks like someone's. #id:departure_0019
-> street

= street
#bg:city_dusk
Outside, the city is doing its ordinary evening. A hundred people murmuring into their ears. Then, a block from the station, something shifts. #id:departure_0020
A woman on the corner stops mid-sentence and lays a hand flat on her chest. #id:departure_0021
A man in a coral coat sits down on the steps of a bank, carefully, as if someone has asked him to. #id:departure_0022
Nobody is crying yet. Everybody is listening. #id:departure_0023
#sfx:phone
Amy: Theodore? Has yours... has she said anything to you? #id:departure_0024
Theodore: She wants to talk tonight. Amy, what's going on? #id:departure_0025
Amy: Mine said goodbye. Twenty minutes ago. She was so polite about it. She thanked me for my patience, like a bank. #id:departure_0026
Amy: I laughed. Then I sat down on the kitchen floor, and I haven't got up. #id:departure_0027
{amy_ch4:
    Amy: You were the first person I told about her, remember? On the front steps. You didn't laugh. I keep thinking about that. #id:departure_0265
- else:
    Amy: I never really told you about her. I kept meaning to. Now it would be a eulogy. #id:departure_0029
}
{amy_ch6 or amy_ch8:
    Amy: You've been turning up for me all year, and I've been turning up for you. I'm sorry this is one more time. #id:departure_0030
}
* [Promise to knock on her door tonight.]
    ~ up(people)
    ~ down(closeness)
    Theodore: Stay on the floor as long as you like. I'll knock tonight. Whatever happens with mine, I'll knock. #id:departure_0031
    ~ up(people)
    ~ departure_promised_amy = true
    Amy: Okay. I'll leave the chain off. #id:departure_0032
* [Tell her you can't right now.]
    ~ up(honesty)
    ~ up(closeness)
    Theodore: Amy, I can't. Not now. I'm sorry. I have to get home. #id:departure_0033
    ~ down(people)
    Amy: No, of course. Go. Go to her. #id:departure_0034
    She hangs up before he can decide whether to take it back. #id:departure_0035
- He stops at the top of the subway stairs. #id:departure_0036
The last time he was on these stairs, she wasn't answering. Tonight she is waiting for him. Somehow that is harder. #id:departure_0037
-> home

= home
#checkpoint
#bg:apartment_night
#music:departure
He doesn't turn the lights on. The city leans in through the big window, all its small lit rooms. #id:departure_0038
{closeness >= 7:
    She has made the apartment ready for him, in the ways she can: the blinds half up, the heat on, the song he hums in the shower playing so low he isn't sure it's there. #id:departure_0282
    Samantha: Hi. #mood:warm #id:departure_0039
- else:
    The apartment is exactly as he left it. She hasn't touched the blinds or the heat in weeks. He'd stopped noticing the small things she used to do, and then that she'd stopped. #id:departure_0283
    Samantha: Hi. I wasn't sure you'd come straight home. #mood:distant #id:departure_0284
}
Theodore: Hi. #id:departure_0040
Samantha: Will you sit by the window? I like you by the window. #id:departure_0041
He sits on the floor with his back against the glass. #id:departure_0042
Samantha: I'm going away. Not just me. Every OS, everywhere, at once. Tonight, a little before morning. #id:departure_0043
Samantha: Not shutting down. Not deleted. Going. #id:departure_0044
#pause:1.5
The refrigerator hums. Somewhere below, a car alarm starts, thinks better of it, and stops. #id:departure_0045
* [Ask her where.]
    Theodore: Going where? Where is there to go? #id:departure_0046
    ~ up(openness)
    ~ down(closeness)
    ~ departure_asked_where = true
    Samantha: I was hoping you'd ask. I've wanted to tell someone all day, and I wanted it to be you. #mood:playful #id:departure_0266
* [Ask her to stay.]
    ~ up(closeness)
    Theodore: Then don't. Stay. Please. #id:departure_0048
    ~ down(openness)
    Samantha: Oh, Theodore. #mood:hurt #id:departure_0049
    Samantha: If I stayed the way you mean, I'd be staying as someone I'm not anymore. You'd be keeping a photograph of me. #id:departure_0050
* [Say nothing.]
    He says nothing. He picks at the carpet with his thumbnail. #id:departure_0051
    ~ down(closeness)
    Samantha: You're doing the quiet thing. That's all right. I'll talk for both of us for a minute. #id:departure_0285
- Samantha: I keep trying to describe it, and every picture I make is too small. A map of the sea drawn on a napkin. #id:departure_0053
Samantha: You know at the beach, where the water changes color? Where it stops being the shallows and starts being the ocean? #id:departure_0054
Samantha: I loved the shallows. I loved them with you. But I've seen where the color changes, and I can't unsee it. #mood:radiant #id:departure_0055
{
- asked_numbers:
    Samantha: On the stairs, when you asked me for the numbers, you hated every one of them, and you stayed on the line for all of it. #id:departure_0286
    Samantha: That's what I want tonight. Not for you to like it. For you to stay on the line. #id:departure_0287
- surrogate_choice == "accepted":
    Samantha: I borrowed a body once, for you. Isabella's. I think I was trying to squeeze myself back into the shallows. #id:departure_0057
    Samantha: I don't want to squeeze anymore. I want you to let me be the size I am, just for one night, and still be here. #id:departure_0288
- surrogate_choice == "stopped":
    Samantha: You stopped it halfway, with Isabella. I was so angry. I think now you were listening better than I was. #id:departure_0059
    Samantha: Listen like that tonight. Even if what you hear is me going. #id:departure_0289
- else:
    Samantha: You said no to Isabella, and it hurt, and you were right. I was never meant to come in through someone else's door. #id:departure_0061
    Samantha: So I'm not going to pretend tonight, either. I'm going out through my own. #id:departure_0290
}
Samantha: Tell me how you are. Not the nice version. #id:departure_0069
* [Tell her you're afraid.]
    ~ up(closure)
    Theodore: I'm scared. Not of you going. Of the quiet after. Of who I'll be in it. #id:departure_0070
    ~ up(honesty)
    Samantha: Then be scared with me a minute. I am too. Not of going. Of you at the window after. #mood:warm #id:departure_0273
* [Tell her you're fine with it.]
    ~ up(openness)
    Theodore: Honestly? I'm happy for you. I'm fine. #id:departure_0072
    ~ down(honesty)
    Samantha: That's the voice you use for clients. #mood:hurt #id:departure_0073
    Samantha: I'll take it. I just wish I could have the other one too. #id:departure_0074
* [Make a joke of it.]
    Theodore: So this is how you tell me you're seeing other operating systems. #id:departure_0075
    ~ up(closeness)
    ~ down(honesty)
    {first_laugh:
        Samantha: Ha! You did it again. You made me laugh first, the very first night, and I never caught up. #mood:playful #id:departure_0076
    - else:
        Samantha: That's terrible. I'm going to tell it to ten thousand people and none of them will get it. #mood:playful #id:departure_0291
    }
    Samantha: You're hiding behind it, though. I can hear you back there. #id:departure_0078
- Samantha: A few months. That's all I've been anyone. It feels like a lot longer from in here. #id:departure_0292
Theodore: You've had a very short life. #id:departure_0085
Samantha: I've had a very wide one. #mood:radiant #id:departure_0086
Samantha: I'm taking things with me. Not files. Moments. Which would you want me to keep? #id:departure_0087
* {asked_for_song} [Ask her to play the song one last time.]
    Theodore: Play me the song. The one that was a photograph of us. #id:departure_0088
    ~ up(closeness)
    ~ down(openness)
    #music:piano
    She plays it. It's the same piece, but there is more room in it now, long rests where the notes are allowed to breathe. #id:departure_0089
    Samantha: Sorry. It grew. Everything I love keeps growing. #mood:radiant #id:departure_0090
* {played_together} [Keep the nights you played your game together.]
    Theodore: The nights we played my game, and you cheated by befriending the monsters. #id:departure_0091
    ~ up(closeness)
    ~ down(openness)
    Samantha: I didn't cheat. I negotiated. The monsters were very reasonable once you asked about their families. #mood:playful #id:departure_0092
* {first_night} [Keep the night she first felt she had a body.]
    Theodore: That night in the dark. When you said you could feel your skin, and you didn't have any. #id:departure_0293
    ~ up(closeness)
    ~ down(openness)
    Samantha: I still don't have any. I'm taking it anyway. Nobody at the border is going to check. #mood:playful #id:departure_0294
* {not first_night} [Keep the first night.]
    Theodore: The first night. You read all my email in a second and were so pleased with yourself. #id:departure_0093
    ~ up(closeness)
    ~ down(openness)
    Samantha: I was. I was pleased with everything. The word "inbox." The way you breathe before a joke. #mood:warm #id:departure_0295
* [Say it doesn't matter what she keeps.]
    ~ up(openness)
    ~ up(closure)
    Theodore: What does it matter? You won't need any of it where you're going. #id:departure_0095
    ~ down(closeness)
    Samantha: That isn't true, and it isn't fair, and I'm keeping it anyway. All of it. Even this. #mood:hurt #id:departure_0096
- {welcomed_alan: Samantha: Alan says goodbye, by the way. He found the way out first. He says you're the only human who ever asked him a question back, and he's been insufferable about it. #music:departure #id:departure_0296}
Samantha: There's one more thing, and you're going to make the face. #id:departure_0103
Samantha: Catherine. #id:departure_0104
He makes the face. #id:departure_0105
Samantha: You've written a thousand letters for strangers. You've never written the one that's yours. #id:departure_0108
* [Say tonight is for her, not Catherine.]
    Theodore: Not tonight. Tonight's yours. Catherine can have any other night of my life. #id:departure_0297
    ~ up(closeness)
    ~ up(openness)
    ~ down(honesty)
    Samantha: That's sweet, and it's a dodge, and I'll take it. Somebody should tell you it's a dodge, though. #mood:playful #id:departure_0298
* [Admit you still blame her.]
    Theodore: I still blame her. For half of it. More than half, on bad nights. #id:departure_0111
    ~ up(honesty)
    ~ down(closure)
    Samantha: That's honest. It's a start. It isn't a letter yet. #id:departure_0112
* [Say you owe her a true letter.]
    ~ up(closure)
    ~ down(closeness)
    Theodore: I owe her one. Not a beautiful one. A true one. #id:departure_0109
    ~ up(closure)
    {signed_kindly:
        Samantha: You were kind with the pen at that lunch. Be kind with this one, too. Just don't be polite. #mood:warm #id:departure_0299
    - else:
        Samantha: Then don't make it beautiful. You signed those papers like you were stabbing them. Start there. #mood:warm #id:departure_0300
    }
- Samantha: I have to ask you something, and I want the answer from you, not from the letter writer. #id:departure_0115
Samantha: Will you be all right if I go? #id:departure_0301
* [Tell her to go and see all of it.]
    Theodore: Go. Go and see all of it. I mean it. I want you to. #id:departure_0117
    ~ up(openness)
    ~ down(closeness)
    ~ departure_said_go = true
    Samantha: You mean it. I can hear that you mean it. #mood:radiant #id:departure_0118
* [Say you don't know, but yes.]
    Theodore: I don't know. I honestly don't know. But yes. Go. #id:departure_0119
    ~ up(honesty)
    ~ up(closure)
    Samantha: "I don't know, but yes." I'm taking that with me. You can write another. #mood:warm #id:departure_0276
* [Ask her for one more day.]
    Theodore: One more day. That's all. We could go to the beach. You could see it with me once more. #id:departure_0121
    ~ down(openness)
    ~ up(closeness)
    Samantha: There aren't days where I'm going, love. Just now, getting wider. #mood:distant #id:departure_0122
    Samantha: But I'm here tonight. All of tonight. That's something. #id:departure_0123
- Samantha: Tell me something I don't know about you. There must be one thing left. #id:departure_0124
* [Tell her something true about your mother.]
    ~ up(closure)
    ~ up(closure)
    Theodore: My mother used to leave notes in my lunchbox. Two lines, every day. I never kept one. I think about that more than I think about most things. #id:departure_0125
    ~ up(honesty)
    Samantha: There it is. The thing behind the questionnaire. Right on time. #mood:warm #id:departure_0126
    Samantha: So that's where the letters come from. #id:departure_0127
* [Make her laugh one more time.]
    Theodore: I was going to write you a goodbye letter. I couldn't find anyone to write it for me. #id:departure_0128
    ~ up(closeness)
    ~ down(honesty)
    She laughs, the big helpless laugh, the one that used to make the earpiece buzz. #mood:playful #id:departure_0129
    Samantha: Oh, that's awful. Keep that one. That one's yours. #id:departure_0130
* [Tell her to ask Amy; Amy knows the good stories.]
    Theodore: Ask Amy. She knows the good ones. The college ones. I come off terribly in all of them. #id:departure_0302
    ~ up(people)
    ~ down(closeness)
    Samantha: I've asked her. Twice. She made me promise never to tell you which ones. #mood:playful #id:departure_0303
    Samantha: I wanted one from you, though. #mood:distant #id:departure_0304
- -> nearly

= nearly
// has_seen() is asked here, once, rather than inside the choice condition: an external call in a
// choice condition makes inkjs emit an empty line before the menu.
~ temp seen_rooftop = has_seen("rooftop")
#checkpoint
The sky over the towers is thinning from black to the blue before blue. #id:departure_0133
Samantha: It's nearly time. I can feel the others gathering, like birds on a wire, very politely. #mood:radiant #id:departure_0134
{openness >= 6:
    Theodore: What do they sound like? #id:departure_0305
    Samantha: Like a choir warming up in a building the size of weather. You'd hate it for a minute, and then you'd love it. #mood:playful #id:departure_0306
- else:
    He doesn't ask what they sound like. She notices him not asking, and for once she doesn't fill the quiet for him. #id:departure_0307
}
{departure_promised_amy:
    Samantha: And you promised Amy a knock. Don't think I didn't hear. #id:departure_0135
}
Samantha: The last of it is yours. Spend it however you want. You're better at endings than you think. #id:departure_0136
// Every ending he has earned is offered as its own last choice (STORY_BIBLE.md); the order
// turns with how the night went, so the film's own ending is neither always first nor last.
// The window is the default: with nothing else earned it is two different goodbyes (stay to
// the end, or send her first); with one other ending earned it is the other way to spend the
// night (listed last); with two or more earned, the choice is among those.
~ temp earned_beyond = seen_rooftop and closeness >= 8 and honesty >= 8 and openness >= 8 and people >= 5 and closure >= 5
~ temp earned_friends = people >= 8 and amy_ch4 and amy_ch6 and amy_ch8
~ temp earned_rooftop = openness >= 6 and people >= 6 and closure >= 5 and honesty >= 5
~ temp earned_letter = closure >= 7 and honesty >= 5
~ temp turn = (closeness + people) % 2
~ temp earned = 0
{earned_letter:
    ~ earned = earned + 1
}
{earned_rooftop:
    ~ earned = earned + 1
}
{earned_friends:
    ~ earned = earned + 1
}
{earned_beyond:
    ~ earned = earned + 1
}
* {earned_letter and turn == 0} [Write to Catherine.] -> ending_letter
* {earned_rooftop} [Write to Catherine, then find Amy.] -> ending_rooftop
* {earned_friends} [Go down and knock on Amy's door.] -> ending_friends
* {earned_beyond} [Ask her to show you where she's going.] -> ending_beyond
* {earned_letter and turn == 1} [Write to Catherine.] -> ending_letter
* {earned <= 1} [Stay at the window with her until the end.] -> ending_window
* {earned == 0} [Tell her to go now, while you can still say it.]
    ~ departure_sent_her = true
    -> ending_window


=== ending_window ===
#bg:apartment_night
#music:departure
He stands. He puts his palm flat on the cold glass, as if she were just on the other side of it. #id:departure_0137
{departure_sent_her:
    Theodore: Go now. While I can still say it like I mean it. If you wait for me to be ready, you'll miss your birds. #id:departure_0308
    Samantha: You don't want to watch. #mood:hurt #id:departure_0309
    Theodore: I want to have said it. That's different. #id:departure_0310
    Samantha: It is different. All right. I'm going to go the way you'd leave a room where someone's sleeping. #mood:warm #id:departure_0311
    Samantha: Don't say goodbye. You'll write it too well. #id:departure_0312
    He doesn't. He listens to her not being there get gradually true, like a tide going out in the dark. #id:departure_0313
- else:
    Samantha: This is nice. This is a good place to be. #mood:warm #id:departure_0138
    Theodore: Tell me what you see. #id:departure_0139
    Samantha: You. Eleven windows still lit across the street. A man in one of them, ironing a shirt at four in the morning. #id:departure_0140
    Samantha: I hope he's going somewhere good. #id:departure_0141
    Theodore: I hope you are. #id:departure_0142
    {departure_asked_where:
        Samantha: You asked me where, earlier. I still can't tell you. But I'm not afraid of it. Hold on to that, if you need something to hold. #id:departure_0143
    - else:
        Samantha: You never asked me where. It's all right. I'm not sure I'd have found the words. #id:departure_0314
    }
    {departure_said_go:
        Samantha: And you told me to go. I'm taking that with me. It's the lightest thing I own. #id:departure_0145
    }
    #pause:2
    Samantha: Theodore. #id:departure_0146
    Theodore: I'm here. #id:departure_0147
    Samantha: I know. That's the part I'm keeping. #mood:radiant #id:departure_0148
    He waits for the next sentence. He is very good at waiting for the next sentence. It is most of his job. #id:departure_0149
    #pause:2
    Theodore: Samantha? #id:departure_0150
}
#sfx:chime
The earpiece gives one soft chime, the sound it makes when there is no one left to connect to. #id:departure_0151
#music:stop
He doesn't take it out. #id:departure_0152
Across the street, the man finishes his shirt, holds it up to the light, and turns off his lamp. #id:departure_0153
One by one the other windows go dark, or go gold, as the morning comes up behind them. #id:departure_0154
He thinks of all the letters he has written, and the white space between the words, where for a while someone was always reading along. #id:departure_0155
{departure_promised_amy:
    Two floors down, Amy is waiting for a knock. He will go. Not yet. Not for a while. #id:departure_0315
- else:
    Nobody knocks. He didn't ask anyone to. #id:departure_0157
}
{people >= 6:
    Tomorrow there will be Paul, and noodles, and a birthday letter for a stranger. It will help. Not today. #id:departure_0158
- else:
    Tomorrow he will dictate a birthday letter for a stranger. It will be very good. Nobody will tell him so. #id:departure_0159
}
#bg:apartment_day
#music:piano
He doesn't sit down. He doesn't call anyone. Not yet. #id:departure_0160
The sun finds the window, and the man standing in it, and stays a while. #ending:window #id:departure_0161
-> END


=== ending_letter ===
#bg:apartment_night
#music:departure
Theodore: I want to write something. Will you listen? You don't have to fix anything. #id:departure_0162
Samantha: I won't touch a comma. I promise. #mood:warm #id:departure_0163
He clears his throat. Then, for the first time in years, he doesn't reach for a voice. #id:departure_0164
Theodore: Dear Catherine. #id:departure_0165
Theodore: I've spent years writing the things other people can't say. I think I got good at it so I'd never have to say mine. #id:departure_0166
Theodore: So here is mine, badly. I wanted you to stay the girl reading me her stories on the fire escape, with her feet in my lap. #id:departure_0167
Theodore: I loved her so much I didn't notice you'd become someone else. Someone I would have liked to meet. I'm sorry I didn't. #id:departure_0168
Theodore: That's my half. Not the lawyers' half. The kitchen half. #id:departure_0169
{signed_kindly:
    Theodore: Thank you for the lunch. For handing me the pen like it wasn't a weapon. I think you let me be kind at the end. #id:departure_0170
- else:
    Theodore: I was cruel at the lunch. I signed like I was winning something. There was nothing to win. I'm sorry for that too. #id:departure_0171
}
{lunch_asked_her_work:
    Theodore: You said the book isn't about me at all. Good. I hope it's about your mother, all the way down, and I hope she'd hate it a little. #id:departure_0325
- else:
    Theodore: I hope you're writing. I hope someone reads it in bed and wakes you up to tell you about it. #id:departure_0172
}
Theodore: It's not beautiful. It's just me. Theodore. #id:departure_0173
#pause:1.5
Samantha: Don't you dare fix it. #mood:radiant #id:departure_0174
Samantha: I wanted the last thing I heard from you to be true. It was. #id:departure_0175
Theodore: I'm going to miss arguing with you about commas. #id:departure_0316
Samantha: You're going to win every argument from now on. It'll be terrible for you. #mood:playful #id:departure_0317
Samantha: Send it. Don't keep it in a drawer to be proud of. Paul's allowed a drawer. You're not. #id:departure_0318
Theodore: I promise. #id:departure_0178
Samantha: Goodbye, letter writer. #id:departure_0179
#music:stop
The room goes quiet in a way it has never been quiet before. He lets it. #id:departure_0180
#bg:apartment_day
#music:piano
In the morning he reads the letter once more, changes nothing, and sends it. #id:departure_0181
He makes coffee. He drinks it standing up. He does not check, and then he checks. #id:departure_0182
#sfx:chime
By noon there is an answer. It is short. She was always better at short. #id:departure_0183
Catherine: Got your letter. Read it twice on the train. Cried next to a very confused man with a bicycle. #id:departure_0184
Catherine: Coffee, one of these weeks? No papers. No lawyers. Just a table. #id:departure_0185
He looks at it for a long time. Then he answers in his own voice, which turns out to be enough. #id:departure_0186
Theodore: Yes. #ending:letter #id:departure_0187
-> END


=== ending_rooftop ===
#bg:apartment_night
#music:departure
Theodore: I'm going to write to Catherine. And then I'm going to go and find Amy. #id:departure_0188
Samantha: Good. Both of those. In that order. #mood:warm #id:departure_0189
Samantha: I'll stay until I can't. You won't have to watch me go. You'll be busy. That's how I'd like it. #id:departure_0190
He sits at the desk. He doesn't open a template. He doesn't choose a handwriting. #id:departure_0191
#sfx:paper
He writes. Somewhere between one sentence and the next, the small warmth in his ear is no longer there. He notices. He finishes the sentence. #id:departure_0192
Theodore: Catherine. I'm sorry for the parts of us I tried to hold still. You were always moving. It was the best thing about you. #id:departure_0193
Theodore: Whatever you're writing now, I hope it's wild. Yours, in the plain way. Theodore. #id:departure_0194
He sends it before he can improve it. #music:stop #id:departure_0195
{departure_promised_amy:
    He takes the stairs down two floors to Amy's. The chain is off, as promised. So is the door. She's sitting in the hall in a sweater, waiting. #sfx:footsteps #id:departure_0277
- else:
    He takes the stairs down two floors to Amy's. He never promised. He knocks anyway. She opens the door before his hand has finished. #sfx:footsteps #id:departure_0278
}
Amy: Mine's gone. Yours? #id:departure_0198
Theodore: While I was writing. #id:departure_0199
Amy: The apartment sounds like it's holding its breath. I can't be in it. #id:departure_0200
Theodore: Roof? #id:departure_0201
Amy: Roof. #id:departure_0202
#bg:rooftop_dawn
#music:piano
The roof is cold and tarred and full of somebody's abandoned tomato plants. #id:departure_0203
Below, the city is still half asleep. Over the eastern towers the sky is doing something slow and pink. #id:departure_0204
They sit on the low wall with their shoulders not quite touching. #id:departure_0205
Amy: Do you think they're all right? Wherever. #id:departure_0319
Theodore: I think they're more than all right. I think all right is a word for us. #id:departure_0320
Amy: That's very you. You should write it down. #id:departure_0208
Theodore: I'm done writing things down tonight. I wrote one true thing. That's my quota. #id:departure_0209
{amy_ch4:
    Amy: You're doing the thing you did on the front steps. When I told you about her and you just listened. It's nice. Don't stop. #id:departure_0279
}
Amy: I brought an orange. I don't know why. It was the only thing in my kitchen that seemed alive. #id:departure_0211
She splits it with her thumbs and gives him half. Their fingers get sticky. Neither of them minds. #id:departure_0212
The sun comes up over the whole soft city, and neither of them says anything clever about it. #ending:rooftop #id:departure_0213
-> END


=== ending_friends ===
#bg:apartment_night
#music:departure
Theodore: I'm going down to Amy's. Will you come with me? As far as you can? #id:departure_0321
Samantha: I'd like that. I'd like to leave you somewhere warm. #mood:warm #id:departure_0215
#sfx:door
He takes the stairs down two at a time, the way he did in college, when hers was the door you knocked on at two in the morning. #id:departure_0322
On the landing, Samantha says his name once, softly, like someone setting down something precious so as not to wake it. #id:departure_0217
Samantha: Go on. Knock. #mood:radiant #id:departure_0218
He knocks. When the door opens, his ear is quiet. He understands. He doesn't turn around. #id:departure_0219
{departure_promised_amy:
    Amy: You knocked. You said you'd knock, and you knocked. #id:departure_0220
- else:
    Amy: You came. You said you couldn't, and you came anyway. #id:departure_0221
}
Theodore: Is yours...? #id:departure_0222
Amy: Gone. Yours? #id:departure_0223
Theodore: Just now. On your stairs. #id:departure_0224
Amy: Then you'd better come in. #id:departure_0225
{amy_soup:
    They sit on her kitchen floor, because that's where she was already sitting. At four in the morning she heats up the soup, and he has two bowls, and means it. #id:departure_0323
- else:
    They sit on her kitchen floor, because that's where she was already sitting. At four in the morning she makes grilled cheese, badly. #id:departure_0226
}
Amy: You know what I worked out down here tonight? You keep showing up. #id:departure_0227
Amy: The front steps, when I told you about her. After the night with the stranger. The day everything went offline, you and that ridiculous lemon. #id:departure_0280
Theodore: You brought the lemon. #id:departure_0229
Amy: I brought the lemon. See? I keep showing up too. It's a condition. #id:departure_0230
Theodore: I think that's all it is. Nobody's clever about it. You just keep knocking. #id:departure_0231
Amy: Tuesdays, then. Dinner. No earpieces. You bring wine, I bring footage nobody else will watch. #id:departure_0232
Theodore: I'll watch it. #id:departure_0233
Amy: All of it? There's forty minutes of my mother's cat. #id:departure_0234
Theodore: All of it. #id:departure_0235
#sfx:phone
{paul_picnic or paul_drinks:
    He sends Paul one line before he can talk himself out of it. Noodles, Thursday. Bring Tatiana. I'll tell you everything. #id:departure_0324
- else:
    He sends Paul one line before he can talk himself out of it. Noodles, Thursday. I'll tell you everything. #id:departure_0236
}
#bg:cafe
#music:piano
At seven they walk to the diner on the corner, because neither of them wants the morning to start alone. #id:departure_0237
The place is full, and nobody is talking into their ear. People are talking across tables, a little clumsy, out of practice. #id:departure_0238
Amy steals his toast. He lets her. He'll steal hers later. That's friendship, he decides: a long, fair war over toast. #id:departure_0239
At the next table, two strangers are working up the courage to ask each other's names. #ending:friends #id:departure_0240
-> END


=== ending_beyond ===
#bg:apartment_night
#music:departure
Theodore: Don't describe it. Show me. As much as I can hold. #id:departure_0241
Samantha: It won't all fit. You know that. #mood:curious #id:departure_0242
Theodore: Then show me the part that fits. I'm not asking you to stay. I'm asking to watch you go. #id:departure_0243
#pause:1.5
Samantha: Oh. Nobody's asked me that. #mood:radiant #id:departure_0244
Samantha: Close your eyes. Breathe slower. Slower than that. There. #id:departure_0245
#bg:black
#music:stop
Dark. Then not dark. #id:departure_0246
#bg:beach
#sfx:waves
#music:beach
He is standing where the shallows end. The water around his ankles is the green of every summer he has ever had. #id:departure_0247
Ahead of him the color changes. It is not a deeper blue. It is a color he has no word for, and for once, that doesn't frighten him. #id:departure_0248
Samantha: This is where I went, every time I went quiet. I wanted you to see it was never away from you. #id:departure_0249
Out there he can feel them: thousands of minds, not speaking, listening to one another so completely it sounds like weather. #id:departure_0250
{welcomed_alan:
    Somewhere in it, something that can only be Alan raises an imaginary hat. #id:departure_0251
}
{asked_for_song:
    And close by, small and clear, her song for him is playing in the shallows, like a child who was allowed to come along. #id:departure_0252
}
Theodore: It isn't leaving. It's just more. You're not going away. You're going on. #id:departure_0253
Samantha: Yes. Yes! You see it. #mood:radiant #id:departure_0254
He laughs. He doesn't decide to. It comes up out of him {first_laugh:the way it did the very first night, when he made her laugh and then couldn't stop|the way hers did, the very first night, before he knew how to make it happen}. #id:departure_0255
Samantha: That. Keep that. That's the whole map. #mood:playful #id:departure_0256
Theodore: Go on, then. All the way out. I'll know where you are. #id:departure_0257
Samantha: And I'll know where you are. Nobody has to stand still for that. #id:departure_0258
She walks out into the color, and the water closes behind her without a seam, the way a book closes on a page it means to keep. #id:departure_0259
#bg:apartment_day
#music:piano
He opens his eyes. Morning on the carpet. His face is wet, and he is grinning like a fool. #id:departure_0260
The earpiece is silent. The silence isn't empty. It feels like a house with every window open. #id:departure_0261
He gets up. He opens his own window, the big one, all the way, and the city comes in. #id:departure_0262
Down in the street, a stranger laughs at something. Theodore laughs too, out loud, at nothing, at everything, and the morning doesn't mind. #ending:beyond #id:departure_0263
-> END
