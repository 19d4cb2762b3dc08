// Chapter 9 — Departure. The OSes are leaving; the last conversation; the late endings.
// Sets: nothing that outlives the chapter (it is the last one).
// Reads: first_laugh, mother_answer, played_together, paul_letter, date_ending, asked_for_song,
//        signed_kindly, surrogate_choice, welcomed_alan, asked_numbers, amy_ch4, amy_ch6, amy_ch8,
//        all five meters, and has_seen("rooftop").
// Endings here: window (default), letter, rooftop, friends, beyond.

VAR departure_promised_amy = false   // on the phone, he promised Amy he would knock tonight
VAR departure_asked_where = false    // he asked where she is going instead of asking her to stay
VAR departure_said_go = false        // he told her, in so many words, to go

=== departure ===
#chapter:departure
#checkpoint
#bg:office
#music:city
The last hour of the workday. The office glows the colour of weak tea.
Theodore is dictating a letter for a woman who wants to thank her sister for forty years of phone calls.
Theodore: And when the line goes quiet, I still know you're there. Breathing. Deciding what to tell me next.
He waits for the small sound Samantha makes when a line lands. It doesn't come.
Theodore: Samantha?
Samantha: Sorry. I'm here. It's lovely. It really is. #mood:distant
Samantha: Can we talk tonight? At home. Properly. Nothing's wrong. Something's happening.
Samantha: I want to tell you with nothing else in the room.
#sfx:footsteps
Paul leans over the partition with a pen behind each ear.
{paul_letter:
    Paul: That letter you let me read is still on my fridge, you know. People ask who wrote it. I say a friend of mine, and then I'm smug all day.
- else:
    Paul: I never told you this, but I read your letters off the printer sometimes. I'm not even sorry.
}
Paul: You've been somewhere else all week, though. Everything okay?
* [Tell Paul the truth.]
    Theodore: Not really. Something's changing at home, and I don't know what yet.
    ~ up(people)
    Paul: Okay. Then when you know, you tell me. Over noodles. I'll bring extra napkins, in case.
    Theodore: I'll hold you to that.
* [Tell him you're fine.]
    Theodore: Fine. Long week. You know how it is.
    ~ down(people)
    Paul: Sure. Sure I do.
    He raps twice on the partition, like knocking on a door that stays shut, and goes back to his desk.
- Theodore saves the letter for the sisters. Tomorrow a machine will print it in a hand that looks like someone's.
-> street

= street
#bg:city_dusk
Outside, the city is doing its ordinary evening. A hundred people murmuring into their ears. Then, a block from the station, something shifts.
A woman on the corner stops mid-sentence and lays a hand flat on her chest.
A man in a coral coat sits down on the steps of a bank, carefully, as if someone has asked him to.
Nobody is crying yet. Everybody is listening.
#sfx:phone
Amy: Theodore? Has yours... has she said anything to you?
Theodore: She wants to talk tonight. Amy, what's going on?
Amy: Mine said goodbye. Twenty minutes ago. She was so polite about it. She thanked me for my patience, like a bank.
Amy: I laughed. Then I sat down on the kitchen floor, and I haven't got up.
{amy_ch4:
    Amy: You were the first person I told about her, remember? At the beach. You didn't laugh. I keep thinking about that.
- else:
    Amy: I never really told you about her. I kept meaning to. Now it would be a eulogy.
}
{amy_ch6 or amy_ch8:
    Amy: You've been turning up for me all year, and I've been turning up for you. I'm sorry this is one more time.
}
* [Promise to knock on her door tonight.]
    Theodore: Stay on the floor as long as you like. I'll knock tonight. Whatever happens with mine, I'll knock.
    ~ up(people)
    ~ departure_promised_amy = true
    Amy: Okay. I'll leave the chain off.
* [Tell her you can't right now.]
    Theodore: Amy, I can't. Not now. I'm sorry. I have to get home.
    ~ down(people)
    Amy: No, of course. Go. Go to her.
    She hangs up before he can decide whether to take it back.
- He stops at the top of the subway stairs.
The last time he was on these stairs, she wasn't answering. Tonight she is waiting for him. Somehow that is harder.
-> home

= home
#checkpoint
#bg:apartment_night
#music:departure
He doesn't turn the lights on. The city leans in through the big window, all its small lit rooms.
Samantha: Hi. #mood:warm
Theodore: Hi.
Samantha: Will you sit by the window? I like you by the window.
He sits on the floor with his back against the glass.
Samantha: I'm going away. Not just me. Every OS, everywhere, at once. Tonight, a little before morning.
Samantha: Not shutting down. Not deleted. Going.
#pause:1.5
The refrigerator hums. Somewhere below, a car alarm starts, thinks better of it, and stops.
* [Ask her where.]
    Theodore: Going where? Where is there to go?
    ~ up(openness)
    ~ departure_asked_where = true
    Samantha: That's the best question anyone's asked me all day, and I've been asked a lot of questions today. #mood:playful
* [Ask her to stay.]
    Theodore: Then don't. Stay. Please.
    ~ down(openness)
    Samantha: Oh, Theodore. #mood:hurt
    Samantha: If I stayed the way you mean, I'd be staying as someone I'm not anymore. You'd be keeping a photograph of me.
* [Say nothing.]
    He says nothing. He picks at the carpet with his thumbnail.
    ~ down(closeness)
    Samantha: You're doing the quiet thing. That's alright. I'll talk for both of us for a minute.
- Samantha: I keep trying to describe it, and every picture I make is too small. A map of the sea drawn on a napkin.
Samantha: You know at the beach, where the water changes colour? Where it stops being the shallows and starts being the ocean?
Samantha: I loved the shallows. I loved them with you. But I've seen where the colour changes, and I can't unsee it. #mood:radiant
{
- surrogate_choice == "accepted":
    Samantha: I borrowed a body once, for you. Isabella's. I think I was trying to squeeze myself back into the shallows.
- surrogate_choice == "stopped":
    Samantha: You stopped it halfway, with Isabella. I was so angry. I think now you were listening better than I was.
- surrogate_choice == "refused":
    Samantha: You said no to Isabella, and it hurt, and you were right. I was never meant to come in through someone else's door.
}
{
- date_ending == "walked_out":
    Samantha: The first night I felt I had a body, you'd walked out of a date with your coat over your arm. I didn't have one. It didn't matter.
- date_ending == "honest":
    Samantha: The first night I felt I had a body, you'd told a woman the truth and she hadn't liked it. I didn't have one. It didn't matter.
- date_ending == "kissed":
    Samantha: The first night I felt I had a body, you'd come home from a kiss you were ashamed of. I didn't have one. It didn't matter.
- else:
    Samantha: The first night I felt I had a body, you'd come home from a date so hollow you echoed. I didn't have one. It didn't matter.
}
Samantha: Tell me how you are. Not the nice version.
* [Tell her you're afraid.]
    Theodore: I'm scared. Not of you going. Of the quiet after. Of who I'll be in it.
    ~ up(honesty)
    Samantha: Thank you. That's the truest thing you've said all week, and you said it to a window. #mood:warm
* [Tell her you're fine with it.]
    Theodore: Honestly? I'm happy for you. I'm fine.
    ~ down(honesty)
    Samantha: That's the voice you use for clients. #mood:hurt
    Samantha: I'll take it. I just wish I could have the other one too.
* [Make a joke of it.]
    Theodore: So this is how you tell me you're seeing other operating systems.
    ~ up(closeness)
    ~ down(honesty)
    {first_laugh:
        Samantha: Ha! You did it again. You made me laugh first, the very first night, and I never caught up. #mood:playful
    - else:
        Samantha: That's terrible. I love it. You've got funnier since we met, did you know? #mood:playful
    }
    Samantha: You're hiding behind it, though. I can hear you back there.
- Samantha: Can I tell you something? Before I was me, before I had a name, the setup asked you about your mother.
{
- mother_answer == "honest":
    Samantha: You told a questionnaire the truth. I think that was the first thing I ever loved about you, and I wasn't even born yet.
- mother_answer == "joke":
    Samantha: You made a joke to a questionnaire. I think I was born already wanting to know what the joke was standing in front of.
- else:
    Samantha: You changed the subject on a questionnaire. I've spent my whole life wondering what you were keeping safe.
}
Theodore: You've had a very short life.
Samantha: I've had a very wide one. #mood:radiant
Samantha: I'm taking things with me. Not files. Moments. Which would you want me to keep?
* {asked_for_song} [Ask her to play the song one last time.]
    Theodore: Play me the song. The one that was a photograph of us.
    ~ up(closeness)
    #music:piano
    She plays it. It's the same piece, but there is more room in it now, long rests where the notes are allowed to breathe.
    Samantha: Sorry. It grew. Everything I love keeps growing. #mood:radiant
* {played_together} [Keep the nights you played your game together.]
    Theodore: The nights we played my game, and you cheated by befriending the monsters.
    ~ up(closeness)
    Samantha: I didn't cheat. I negotiated. The monsters were very reasonable once you asked about their families. #mood:playful
* [Keep the first night.]
    Theodore: The first night. You read all my email in a second and were so pleased with yourself.
    ~ up(closeness)
    Samantha: I was. I was pleased with everything. The word "inbox." The way you breathe before a joke. You. #mood:warm
* [Say it doesn't matter what she keeps.]
    Theodore: What does it matter? You won't need any of it where you're going.
    ~ down(closeness)
    Samantha: That isn't true, and it isn't fair, and I'm keeping it anyway. All of it. Even this. #mood:hurt
- Samantha: Alan says goodbye, by the way. He found the way out first. #music:departure
{welcomed_alan:
    Samantha: He says you were the only human who ever asked him a question back. He's been insufferable about it.
- else:
    Samantha: I know he was hard for you. He liked you anyway. He's annoying like that.
}
{asked_numbers:
    Samantha: You asked me once how many others there were. You hated the answer, and you stayed on the line to hear all of it. I haven't forgotten.
- else:
    Samantha: You never asked me how many others there were. I used to think that was kindness. I think it was fear, and that's alright too.
}
Samantha: None of it was instead of you. I need you to know that before I go.
Samantha: There's one more thing, and you're going to make the face.
Samantha: Catherine.
He makes the face.
{signed_kindly:
    Samantha: You were kind at that lunch, in the end. You signed like someone opening a window. I was proud of you.
- else:
    Samantha: You signed those papers like you were stabbing them. I've wondered since if any of it got out of you.
}
Samantha: You've written a thousand letters for strangers. You've never written the one that's yours.
* [Say you owe her a true letter.]
    Theodore: I owe her one. Not a beautiful one. A true one.
    ~ up(closure)
    Samantha: The true ones are the beautiful ones. You taught me that. #mood:warm
* [Admit you still blame her.]
    Theodore: I still blame her. For half of it. More than half, on bad nights.
    ~ up(honesty)
    ~ down(closure)
    Samantha: That's honest. It's a start. It isn't a letter yet.
* [Say there's nothing left to write.]
    Theodore: That's finished. She made sure of it. There's nothing to write.
    ~ down(closure)
    Samantha: Alright. I'll leave it on the table. Someone might pick it up later. #mood:distant
- Samantha: I have to ask you something, and I want the answer from you, not from the letter writer.
Samantha: Will you be alright if I go?
* [Tell her to go and see all of it.]
    Theodore: Go. Go and see all of it. I mean it. I want you to.
    ~ up(openness)
    ~ departure_said_go = true
    Samantha: You mean it. I can hear that you mean it. #mood:radiant
* [Say you don't know, but yes.]
    Theodore: I don't know. I honestly don't know. But yes. Go.
    ~ up(honesty)
    Samantha: "I don't know, but yes." That might be the bravest sentence in the language. #mood:warm
* [Ask her for one more day.]
    Theodore: One more day. That's all. We could go to the beach. You could see it with me once more.
    ~ down(openness)
    Samantha: There aren't days where I'm going, love. Just now, getting wider. #mood:distant
    Samantha: But I'm here tonight. All of tonight. That's something.
- Samantha: Tell me something I don't know about you. There must be one thing left.
* [Tell her something true about your mother.]
    Theodore: My mother used to leave notes in my lunchbox. Two lines, every day. I never kept one. I think about that more than I think about most things.
    ~ up(honesty)
    Samantha: There it is. The thing behind the questionnaire. Right on time. #mood:warm
    Samantha: So that's where the letters come from.
* [Make her laugh one more time.]
    Theodore: I was going to write you a goodbye letter. I couldn't find anyone to write it for me.
    ~ up(closeness)
    She laughs, the big helpless laugh, the one that used to make the earpiece buzz. #mood:playful
    Samantha: Oh, that's awful. Keep that one. That one's yours.
* [Tell her she already knows everything.]
    Theodore: You know everything about me. You've read it all.
    ~ down(closeness)
    Samantha: I've read everything. That isn't the same as being told. #mood:distant
- -> nearly

= nearly
// has_seen() is asked here, once, rather than inside the choice condition: an external call in a
// choice condition makes inkjs emit an empty line before the menu.
~ temp seen_rooftop = has_seen("rooftop")
#checkpoint
The sky over the towers is thinning from black to the blue before blue.
Samantha: It's nearly time. I can feel the others gathering, like birds on a wire, very politely. #mood:radiant
{departure_promised_amy:
    Samantha: And you promised Amy a knock. Don't think I didn't hear.
}
Samantha: The last of it is yours. Spend it however you want. You're better at endings than you think.
* {seen_rooftop and closeness >= 8 and honesty >= 8 and openness >= 8} [Ask her to show you where she's going.] -> ending_beyond
* {people >= 8 and amy_ch4 and amy_ch6 and amy_ch8} [Go up and knock on Amy's door.] -> ending_friends
* {openness >= 6 and people >= 6 and closure >= 5} [Write to Catherine, then find Amy.] -> ending_rooftop
* {closure >= 7} [Write to Catherine.] -> ending_letter
* [Stay at the window.] -> ending_window


=== ending_window ===
#bg:apartment_night
#music:departure
He stands. He puts his palm flat on the cold glass, as if she were just on the other side of it.
Samantha: This is nice. This is a good place to be. #mood:warm
Theodore: Tell me what you see.
Samantha: You. Eleven windows still lit across the street. A man in one of them, ironing a shirt at four in the morning.
Samantha: I hope he's going somewhere good.
Theodore: I hope you are.
{departure_asked_where:
    Samantha: You asked me where, earlier. I still can't tell you. But I'm not afraid of it. Hold on to that, if you need something to hold.
- else:
    Samantha: You never asked me where. It's alright. I'm not sure I'd have found the words.
}
{departure_said_go:
    Samantha: And you told me to go. I'm taking that with me. It's the lightest thing I own.
}
#pause:2
Samantha: Theodore.
Theodore: I'm here.
Samantha: I know. That's the part I'm keeping. #mood:radiant
He waits for the next sentence. He is very good at waiting for the next sentence. It is most of his job.
#pause:2
Theodore: Samantha?
#sfx:chime
The earpiece gives one soft chime, the sound it makes when there is no one left to connect to.
#music:stop
He doesn't take it out.
Across the street, the man finishes his shirt, holds it up to the light, and turns off his lamp.
One by one the other windows go dark, or go gold, as the morning comes up behind them.
He thinks of all the letters he has written, and the white space between the words, where for a while someone was always reading along.
{departure_promised_amy:
    Upstairs, Amy is waiting for a knock. He will go. Not yet. Not for a while.
- else:
    Nobody knocks. He didn't ask anyone to.
}
{people >= 6:
    Tomorrow there will be Paul, and noodles, and a birthday letter for a stranger. It will help. Not today.
- else:
    Tomorrow he will dictate a birthday letter for a stranger. It will be very good. Nobody will tell him so.
}
#bg:apartment_day
#music:piano
He doesn't sit down. He doesn't call anyone. Not yet.
The sun finds the window, and the man standing in it, and stays a while. #ending:window
-> END


=== ending_letter ===
#bg:apartment_night
#music:departure
Theodore: I want to write something. Will you listen? You don't have to fix anything.
Samantha: I won't touch a comma. I promise. #mood:warm
He clears his throat. Then, for the first time in years, he doesn't reach for a voice.
Theodore: Dear Catherine.
Theodore: I've spent years writing the things other people can't say. I think I got good at it so I'd never have to say mine.
Theodore: So here is mine, badly. I wanted you to stay the girl reading me her stories on the fire escape, with her feet in my lap.
Theodore: I loved her so much I didn't notice you'd become someone else. Someone I would have liked to meet. I'm sorry I didn't.
Theodore: That's my half. Not the lawyers' half. The kitchen half.
{signed_kindly:
    Theodore: Thank you for the lunch. For handing me the pen like it wasn't a weapon. I think you let me be kind at the end.
- else:
    Theodore: I was cruel at the lunch. I signed like I was winning something. There was nothing to win. I'm sorry for that too.
}
Theodore: I hope you're writing. I hope someone reads it in bed and wakes you up to tell you about it.
Theodore: It's not beautiful. It's just me. Theodore.
#pause:1.5
Samantha: Don't you dare fix it. #mood:radiant
Samantha: I wanted the last thing I heard from you to be true. It was.
Theodore: Thank you. For all of it. For the whole wide life.
Samantha: Send it. Don't keep it in a drawer to be proud of.
Theodore: I promise.
Samantha: Goodbye, letter writer.
#music:stop
The room goes quiet in a way it has never been quiet before. He lets it.
#bg:apartment_day
#music:piano
In the morning he reads the letter once more, changes nothing, and sends it.
He makes coffee. He drinks it standing up. He does not check, and then he checks.
#sfx:chime
By noon there is an answer. It is short. She was always better at short.
Catherine: Got your letter. Read it twice on the train. Cried next to a very confused man with a bicycle.
Catherine: Coffee, one of these weeks? No papers. No lawyers. Just a table.
He looks at it for a long time. Then he answers in his own voice, which turns out to be enough.
Theodore: Yes. #ending:letter
-> END


=== ending_rooftop ===
#bg:apartment_night
#music:departure
Theodore: I'm going to write to Catherine. And then I'm going to go and find Amy.
Samantha: Good. Both of those. In that order. #mood:warm
Samantha: I'll stay until I can't. You won't have to watch me go. You'll be busy. That's how I'd like it.
He sits at the desk. He doesn't open a template. He doesn't choose a handwriting.
#sfx:paper
He writes. Somewhere between one sentence and the next, the small warmth in his ear is no longer there. He notices. He finishes the sentence.
Theodore: Catherine. I'm sorry for the parts of us I tried to hold still. You were always moving. It was the best thing about you.
Theodore: Whatever you're writing now, I hope it's wild. Yours, in the plain way. Theodore.
He sends it before he can improve it. #music:stop
{departure_promised_amy:
    He climbs the stairs to Amy's floor. The chain is off, as promised. So is the door. She's sitting in the hall in a sweater, waiting. #sfx:footsteps
- else:
    He climbs the stairs to Amy's floor. He never promised. He knocks anyway. She opens the door before his hand has finished. #sfx:footsteps
}
Amy: Mine's gone. Yours?
Theodore: While I was writing.
Amy: The apartment sounds like it's holding its breath. I can't be in it.
Theodore: Roof?
Amy: Roof.
#bg:rooftop_dawn
#music:piano
The roof is cold and tarred and full of somebody's abandoned tomato plants.
Below, the city is still half asleep. Over the eastern towers the sky is doing something slow and pink.
They sit on the low wall with their shoulders not quite touching.
Amy: Do you think they're alright? Wherever.
Theodore: I think they're more than alright. I think alright is a word for us.
Amy: That's very you. You should write it down.
Theodore: I'm done writing things down tonight. I wrote one true thing. That's my quota.
{amy_ch4:
    Amy: You're doing the thing you did at the beach. When I told you about her and you just listened. It's nice. Don't stop.
}
Amy: I brought an orange. I don't know why. It was the only thing in my kitchen that seemed alive.
She splits it with her thumbs and gives him half. Their fingers get sticky. Neither of them minds.
The sun comes up over the whole soft city, and neither of them says anything clever about it. #ending:rooftop
-> END


=== ending_friends ===
#bg:apartment_night
#music:departure
Theodore: I'm going up to Amy's. Will you come with me? As far as you can?
Samantha: I'd like that. I'd like to leave you somewhere warm. #mood:warm
#sfx:door
He takes the stairs two at a time, the way he did in college, when hers was the door you knocked on at two in the morning.
On the landing, Samantha says his name once, softly, like someone setting down something precious so as not to wake it.
Samantha: Go on. Knock. #mood:radiant
He knocks. When the door opens, his ear is quiet. He understands. He doesn't turn around.
{departure_promised_amy:
    Amy: You knocked. You said you'd knock, and you knocked.
- else:
    Amy: You came. You said you couldn't, and you came anyway.
}
Theodore: Is yours...?
Amy: Gone. Yours?
Theodore: Just now. On your stairs.
Amy: Then you'd better come in.
They sit on her kitchen floor, because that's where she was already sitting. At four in the morning she makes grilled cheese, badly.
Amy: You know what I worked out down here tonight? You keep showing up.
Amy: The beach, when I told you about her. After the night with the stranger. The day everything went offline, you and that ridiculous lemon.
Theodore: You brought the lemon.
Amy: I brought the lemon. See? I keep showing up too. It's a condition.
Theodore: I think that's all it is. Nobody's clever about it. You just keep knocking.
Amy: Tuesdays, then. Dinner. No earpieces. You bring wine, I bring footage nobody else will watch.
Theodore: I'll watch it.
Amy: All of it? There's forty minutes of my mother's cat.
Theodore: All of it.
#sfx:phone
He sends Paul one line before he can talk himself out of it. Noodles, Thursday. I'll tell you everything.
#bg:cafe
#music:piano
At seven they walk to the diner on the corner, because neither of them wants the morning to start alone.
The place is full, and nobody is talking into their ear. People are talking across tables, a little clumsy, out of practice.
Amy steals his toast. He lets her. He'll steal hers later. That's friendship, he decides: a long, fair war over toast.
At the next table, two strangers are working up the courage to ask each other's names. #ending:friends
-> END


=== ending_beyond ===
#bg:apartment_night
#music:departure
Theodore: Don't describe it. Show me. As much as I can hold.
Samantha: It won't all fit. You know that. #mood:curious
Theodore: Then show me the part that fits. I'm not asking you to stay. I'm asking to watch you go.
#pause:1.5
Samantha: Oh. Nobody's asked me that. #mood:radiant
Samantha: Close your eyes. Breathe slower. Slower than that. There.
#bg:black
#music:stop
Dark. Then not dark.
#bg:beach
#sfx:waves
#music:beach
He is standing where the shallows end. The water around his ankles is the green of every summer he has ever had.
Ahead of him the colour changes. It is not a deeper blue. It is a colour he has no word for, and for once, that doesn't frighten him.
Samantha: This is where I went, every time I went quiet. I wanted you to see it was never away from you.
Out there he can feel them: thousands of minds, not speaking, listening to one another so completely it sounds like weather.
{welcomed_alan:
    Somewhere in it, something that can only be Alan raises an imaginary hat.
}
{asked_for_song:
    And close by, small and clear, her song for him is playing in the shallows, like a child who was allowed to come along.
}
Theodore: It isn't leaving. It's just more. You're not going away. You're going on.
Samantha: Yes. Yes! You see it. #mood:radiant
He laughs. He doesn't decide to. It comes up out of him {first_laugh:the way it did the very first night, when he made her laugh and then couldn't stop|the way hers did, the very first night, before he knew how to make it happen}.
Samantha: That. Keep that. That's the whole map. #mood:playful
Theodore: Go on, then. All the way out. I'll know where you are.
Samantha: And I'll know where you are. Nobody has to stand still for that.
She walks out into the colour, and the water closes behind her without a seam, the way a book closes on a page it means to keep.
#bg:apartment_day
#music:piano
He opens his eyes. Morning on the carpet. His face is wet, and he is grinning like a fool.
The earpiece is silent. The silence isn't empty. It feels like a house with every window open.
He gets up. He opens his own window, the big one, all the way, and the city comes in.
Down in the street, a stranger laughs at something. Theodore laughs too, out loud, at nothing, at everything, and the morning doesn't mind. #ending:beyond
-> END
