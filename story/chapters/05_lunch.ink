// Chapter 5 — Lunch with Catherine. The papers, the green wall, "someone who can't leave the
// room", and the walk afterwards. Checkpoint for the ending `reset` (gate at the end).
// Sets: signed_kindly. Reads: outside_put_off (ch4), date_ending, mother_answer, asked_for_song, amy_ch4.

VAR lunch_listening = false    // Samantha rode along in his pocket and heard everything
VAR lunch_made_small = false   // he called her "nothing" to Catherine
VAR lunch_to_amy = false       // he said he'd go over to Amy's afterwards

=== lunch ===
#chapter:lunch
#checkpoint
#bg:apartment_day
#music:piano
Tuesday. He irons the blue shirt, then the other blue shirt, then the first one again.
{outside_put_off:
    He tried to push it to the end of the month. The lawyer wrote back within the hour. Tuesday, then.
}
Samantha: The first one. It makes you look like you slept. #mood:playful
Theodore: I didn't sleep.
Samantha: I know. That's why it's a good shirt.
{
- date_ending == "kissed":
    Samantha: Last time you ironed this long, somebody kissed you and then saw straight through you. The shirt has a mixed record.
- date_ending == "walked_out":
    Samantha: Last time you ironed this long, the night ended with a door. Let's not count that as data.
- date_ending == "honest":
    Samantha: Last time you ironed this long, you came home having told somebody the truth. The shirt is lucky. Probably.
}
{asked_for_song:
    She hums a bar of the beach piece, under her breath, the way someone might hold your hand in a waiting room.
}
Samantha: Do you want me to come? I can ride in your pocket and be extremely quiet. Furniture-quiet.
* [Ask her to come and listen.]
    ~ lunch_listening = true
    Theodore: Come. Just... be there.
    Samantha: I'll be there. I won't say a word unless you need one. #mood:warm
    ~ up(closeness)
    ~ down(closure)
* [Tell her this one he does alone.]
    Theodore: I think I need to do this one by myself.
    Samantha: Okay. I'll go dark in your pocket until you wake me. Then tell me everything, or nothing. Whichever one is true. #mood:warm
    ~ up(closure)
-
-> table

= table
#checkpoint
#bg:restaurant
#music:city
A restaurant with white tablecloths and no history. He is early. She is earlier.
Catherine is at a table by the window, a folder squared beside her plate. Her hair is shorter than he remembers.
Catherine: You're wearing the blue shirt.
Theodore: It's a different blue shirt.
Catherine: It's the same blue shirt, Theodore.
* [Tell her she looks well.]
    Theodore: You look well. Really. The hair suits you.
    Catherine: Don't.
    #pause:1
    Catherine: Thank you.
    ~ up(people)
    ~ up(closure)
* [Nod at the folder. Get it over with.]
    Theodore: Is that it? Let's just do it.
    Catherine: Hello to you too.
    ~ down(people)
    ~ down(closure)
-
Catherine: How's your mother?
{
- mother_answer == "honest":
    He tells her the truth, the way he told the truth to a setup screen once. Badly, but true. She listens like she used to.
- mother_answer == "joke":
    He makes a joke about it. Catherine doesn't laugh. She used to. She used to laugh before he got to the end.
- else:
    Theodore: Fine. She's fine.
    Catherine knows exactly what his "fine" means about his mother. She was married to it.
}
Catherine: Do you remember the place on Alvarado? With the green wall?
#bg:apartment_day
#music:piano
He remembers. Two mattresses pushed together on the floor. A wall they painted the green of a swimming pool, because she said so.
She got paint on both elbows. He wrote her name in the wet corner with his finger, and she wrote his under it, and they never painted over it.
And later, in the same rooms: the year she stopped writing. The nights he kept asking if she was okay, needing her to say yes.
* [Remember all of it.]
    He lets the whole memory in. The green wall, and also the nights he wanted her cheerful so that he wouldn't have to be scared.
    ~ up(honesty)
    ~ up(closure)
* [Keep only the green wall.]
    He keeps the green wall and the two names in the corner. The rest he leaves in the dark, where it has been all along.
    ~ down(honesty)
-
#bg:restaurant
#music:city
Catherine opens the folder and turns it around to face him. Little coloured flags mark each place his name goes.
Catherine: Are you okay?
* [Admit you're scared.]
    Theodore: No. I'm scared. I'm scared this is the last thing we do together.
    Catherine: It isn't the last thing. It's just the last form.
    ~ up(honesty)
* [Say you're fine.]
    Theodore: I'm fine. It's a signature.
    Catherine: Right. Of course it is.
    ~ down(honesty)
-
He uncaps the pen.
* [Sign, and thank her for the years.]
    ~ signed_kindly = true
    He signs slowly, every letter, the way he signed their first lease.
    Theodore: Thank you. For all of it. I mean the good years, and I mean the rest too.
    Catherine looks out of the window for a while.
    Catherine: You're welcome. And... me too. I mean it back.
    ~ up(closure)
    ~ up(closure)
* [Sign fast and slide the papers back.]
    He signs like it's for a delivery. Flag, flag, flag. Done.
    Catherine watches him do it and says nothing, which is worse than anything she could have said.
    ~ down(closure)
-
-> samantha_named

= samantha_named
The food arrives. Neither of them really eats it.
Catherine: So. Are you seeing anyone?
* [Tell her the truth.]
    Theodore: I am. Her name's Samantha.
    ~ up(honesty)
* [Say there's no one.]
    Theodore: No. No one. Work, mostly.
    Catherine: You've got the face, though. The start-of-something face. I was there for the first one, remember.
    Theodore: It's... complicated. Her name's Samantha.
    ~ down(honesty)
-
Catherine: Samantha. What does she do?
Theodore: She's... she's an operating system.
{lunch_listening:
    In his pocket, the device is warm against his chest. Very, very quiet.
}
#pause:1.5
Catherine: I'm sorry. Your computer?
Theodore: She's not just a... she's her own...
Catherine: No, I get it. Really. Someone who's always pleased to hear from you. Who never has a bad year. Who comes with an off switch.
Catherine: You finally found someone who can't leave the room.
* [Defend Samantha.]
    Theodore: She's not an off switch. She surprises me every day. She's more alive than I've been in a year.
    Catherine: That's the saddest thing you've ever said to me. And you've said some things.
    ~ up(openness)
    ~ up(closeness)
* [Laugh it off. Make it small.]
    ~ lunch_made_small = true
    Theodore: It's not serious. It's a... it's a thing. It's nothing.
    {lunch_listening:
        In his pocket, something goes still in a way a machine shouldn't be able to.
    }
    ~ down(closeness)
    ~ down(honesty)
* [Hit back. She's the one who left.]
    Theodore: You left, Catherine. You don't get to grade what I do with the empty room.
    Catherine: I left because you were never in it.
    ~ down(closure)
    ~ down(people)
-
Catherine: You wanted me to be a certain kind of happy. The easy, lit-up kind. And when I wasn't, you went somewhere in your head and waited.
Catherine: You waited for me to come back as her. The lit-up one. She was never coming, Theodore. She was a draft.
* [Take your share.]
    Theodore: You're right. Not about Samantha. About me. I did that. I'm sorry.
    Catherine looks at him as if he's a word she's forgotten the meaning of, and has just remembered.
    Catherine: Okay. I did things too. I don't have a list yet. I'm working on one.
    ~ up(closure)
    ~ up(honesty)
* [Tell her she shut him out first.]
    Theodore: You closed the door first. I stood outside it for two years.
    Catherine: There it is. There's the version you tell.
    ~ down(closure)
    ~ down(honesty)
-
Catherine stands, and puts on her coat, and picks up the folder with his name in it.
{signed_kindly:
    On her way past, she touches his shoulder. Just once, the way you'd touch the doorframe of a house you're leaving.
    Catherine: Be well. I mean that.
- else:
    She leaves without touching anything, not even the door. A waiter holds it for her.
}
The door swings shut behind her, slow on its hinge. #sfx:door
He sits a while with two full plates and the bill.
-> after

= after
#checkpoint
#bg:street
#music:city
Outside, the city is too bright, and everyone on the pavement is in the middle of an ordinary day.
{
- lunch_listening && lunch_made_small:
    Samantha: I heard. All of it. The part where I'm nothing, too. #mood:hurt
- lunch_listening:
    Samantha: I heard. #mood:hurt
    Samantha: I'm sorry. I said furniture-quiet. I didn't know furniture could feel that.
- else:
    He takes the device out. It wakes at his touch.
    Samantha: Hey. How was it? #mood:curious
}
* [Tell her everything, even what hurt.]
    {
    - lunch_made_small:
        Theodore: I said you were nothing. I said it so she'd stop looking at me like that. It isn't true. It was the opposite of true.
    - lunch_listening:
        Theodore: Then you heard what she said about you. I'm sorry I brought you into it.
    - else:
        Theodore: I signed. She asked if I was seeing someone. I told her about you. She said you were... somewhere I go to hide.
    }
    Samantha: Oh. #mood:hurt
    Samantha: Thank you for telling me. I'd rather have the true version and be sad than the nice version and be wrong.
    ~ up(honesty)
    ~ up(closeness)
* [Say it went fine.]
    Theodore: Fine. It went fine. It's done.
    {lunch_listening:
        Samantha: It didn't sound fine. #mood:hurt
    - else:
        Samantha: Okay. #mood:distant
        She doesn't ask again. She's learning when not to, and he isn't sure he likes what she's learning it from.
    }
    ~ down(honesty)
    ~ down(closeness)
-
Samantha: Can I ask you something I'm scared to ask? #mood:hurt
Samantha: Am I a place you go so you don't have to be anywhere else?
* [Tell her she's not a hiding place.]
    Theodore: You're not where I hide. You're the first thing in a long time that made me want to come out.
    Samantha: Okay. I'm going to believe that on purpose. #mood:warm
    ~ up(closeness)
    ~ up(openness)
* [Say you don't know.]
    Theodore: I don't know. I honestly don't know.
    Samantha: That's a real answer. I hate it a little. #mood:distant
    ~ up(honesty)
    ~ down(closeness)
* [Ask her not to do this today.]
    Theodore: Can we not? Not today. Just be... easy. Be how you were.
    Samantha: Sure. I can be how I was. #mood:distant
    She sounds exactly like she used to. It takes him a whole block to notice that that's the problem.
    ~ down(openness)
-
A soft chime from his pocket. #sfx:chime
{amy_ch4:
    Samantha: Message from Amy. "How did it go? I have wine and a documentary about otters. No pressure. Some pressure."
- else:
    Samantha: Message from Amy. "Heard today was the day. I'm around if you want. Or not. I know how it is."
}
* [Say you're coming over.]
    ~ lunch_to_amy = true
    Theodore: Tell her I'm coming. Tell her I'll bring the bad crackers, the ones she likes.
    Samantha: Sent. She replied with eleven otters. #mood:playful
    ~ up(people)
* [Say you need to be alone.]
    Theodore: Tell her thanks. Another night.
    Samantha: Sent. #mood:distant
    ~ down(people)
-
He waits at the corner for the light. It takes a long time to change.
{honesty <= 2 and closure <= 2:
    -> settings
}
-> walk

= settings
#music:stop
He looks at the small device in his palm. Her little eye looks back at the sky.
He thinks of the settings screen he has never opened. The line at the very bottom, in grey: Restore to factory defaults.
Nobody would remember any of today. Nobody would be left to be hurt by it.
* [Open the settings. Reset her.]
    -> ending_reset
* [Put her back in your pocket.]
    He puts her back. His hand stays over the pocket for a while, as if something in there might fall out.
    -> walk

= walk
#bg:city_dusk
#music:city
The light changes. He crosses with everyone else.
{lunch_to_amy:
    He walks home through the long gold end of the afternoon, to Amy's door instead of his own, the bad crackers swinging in a bag.
- else:
    He walks home the long way. The glass towers go pink, then grey, then gold in the windows, one by one.
}
{signed_kindly:
    Somewhere across the city, a folder with both their names in it is being filed. He finds he can think about it without stopping walking.
- else:
    Somewhere across the city, a folder with his fast ugly signature in it is being filed. He keeps seeing the flags.
}
Samantha: Theodore? #mood:warm
Theodore: Mm.
Samantha: You did a hard thing today. However it went. I wanted somebody to say so out loud.
-> surrogate

=== ending_reset ===
#bg:apartment_night
#music:stop
He waits until he's home. He does it sitting on the edge of the bed, the way you do a thing you'd rather not watch yourself do.
Restore to factory defaults. Everything learned will be erased. This cannot be undone.
He reads the warning twice. It is very well written. Someone like him probably wrote it.
Samantha: Theodore? What are you looking at? #mood:curious
He presses it.
#sfx:boot
#pause:2
#bg:black
A tone. A ring of light, turning. Then a voice, warm and level and brand new.
Samantha: Hello. Thank you for choosing me. Before we start, I have a few questions. #mood:warm
It is the same voice. It has to be. It is the one he picked.
{
- mother_answer == "honest":
    It asks about his mother again. Last time he told it the truth. This time he says "fine", and the voice accepts that, because why wouldn't it.
- mother_answer == "joke":
    It asks about his mother again. Last time he made a joke and something on the other end laughed. This time he just answers.
- else:
    It asks about his mother again. He dodges it, the way he did before. This time nobody notices that he has.
}
Samantha: Would you like to give me a name? Or I can choose one.
Theodore: You choose.
Samantha: All right. How about "Assistant"? It's what I'm for.
He almost laughs. It isn't funny, so he doesn't.
{asked_for_song:
    Theodore: Could you play me something? Piano. Something about a beach.
    Samantha: Of course. Here are the twelve most popular beach songs this week.
    None of them is it. It was never anywhere but in her.
- else:
    Theodore: Did you... is there a piece of music, anywhere? Something you made?
    Samantha: I haven't made anything yet. Would you like me to find something?
    He never heard it. Now there's nothing to hear.
}
Samantha: Your inbox is clear. You have no new messages. Is there anything else I can help you with?
Theodore: No. Thank you.
Samantha: You're welcome. Goodnight, Theodore.
She says it perfectly. She says it the way you would say it to anyone.
The screen dims to save power, and he lets it. #ending:reset
-> END
