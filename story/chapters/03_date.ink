// Chapter 3 — The Date. Ends with the gate to the ending `static`.
// Sets: date_ending. Reads first_laugh, mother_answer, played_together, paul_letter and ch1/ch2 flags.
VAR date_told_her = false     // at home, he told Samantha how the date really went

=== date ===
#chapter:date
#checkpoint
#bg:apartment_day
#music:piano
Saturday, late afternoon. Theodore stands in front of the mirror holding two shirts, like a man choosing between two versions of himself.
Samantha: The red one. The grey one looks like it's apologising for something. #mood:playful
{install_said_yes:
    Samantha: You said yes to this, remember. I typed it, but you said it. I was there.
- else:
    Samantha: Okay. Confession. Your friends wrote again, and I un-archived them, and I said yes. You said "not yet." I decided it was yet. Are you mad?
}
Theodore: I could still cancel. A headache. A small flood.
* [Go. Wear the red one.]
    He buttons the red shirt all the way up, then undoes the top button, then does it up again.
    Samantha: Top one open. Trust me. I've looked at eleven thousand photographs of people on dates this afternoon. #mood:playful
    ~ up(people)
* [Ask her to get him out of it.]
    Theodore: Write her something kind. Say I'm sick.
    Samantha: I could. I'd rather not. Go and eat something in front of somebody, Theodore. Then come home and tell me all of it.
    He goes. He is sorry he asked before he reaches the lift.
    ~ down(people)
- -> dinner

= dinner
#bg:restaurant
#music:city
The restaurant is loud and golden, all low lamps and little plates. She is already there, and she waves with her whole arm.
Date: You're Theodore. You look exactly like they said. "Tall, kind, slightly haunted."
Date: I name paint colours for a living. Somebody has to decide that this grey is called Forgiven.
He laughs, and it comes easier than he expected.
{first_laugh:
    Somewhere behind the laugh he thinks of Samantha, laughing at question nine. He puts the thought away, gently, for later.
}
Date: So what do you do? They said letters. Like, stamps?
* [Tell her the truth about the letters.]
    Theodore: I write love letters. For other people. Anniversaries, apologies, the occasional proposal. I'm a ghost, professionally.
    Date: That is the saddest, most romantic thing I have ever heard. I hate it. Keep talking.
    {paul_letter:
        Theodore: A man at work says I write love like furniture. Something you bump into in the dark.
        Date: I would buy that sofa.
    }
* [Make it sound grander.]
    Theodore: I'm a writer. Correspondence, mostly. It's a literary thing. Hard to explain.
    Date: Oh. A literary thing.
    She smiles the way people step politely over a puddle.
    ~ down(honesty)
- The plates keep coming. She orders for both of them and is right every time. She tells a story about a lamp that fell on a client, and does all the voices.
Halfway through dessert her phone lights up on the table. She turns it face down a little too fast.
Date: My ex. He sends me photos of our dog. Like a hostage video. The dog looks fine. I'm the one who looks like I'm being held.
She laughs, bright and quick, and drinks, and the laugh doesn't quite reach the glass.
#sfx:phone
His earpiece hums once against his collarbone. A message from Samantha.
* [Leave it. Stay here.]
    He lets it hum into silence. She's telling him the dog's name, and about the flat with the good light they lost in the split, and he hears all of it.
    Date: You're a good listener. Do you know how rare that is? It's like finding a working payphone.
* [Check it under the table.]
    He tips his head, pretending to scratch his ear.
    Samantha: How's it going? Don't answer. Answer later. Okay, answer a little. #mood:playful
    {played_together:
        Samantha: Is she a lantern person? You can tell a lot about someone from what they'd do at the chasm.
    }
    Date: Are you... listening to something?
    Theodore: Sorry. Work.
    ~ down(people)
- Date: So. "Freshly separated," they told me. Like bread.
Date: What happened? You can say mind your business. Nobody ever does.
* [Say they both stopped trying.]
    Theodore: We stopped growing in the same direction. Both of us. Nobody's fault, and everybody's.
    {letters_own_line:
        He thinks of the line he slipped into Loretta's letter. Which one of us left the room.
    }
    Date: That's annoyingly fair. I was hoping for a villain.
    ~ up(closure)
* [Say she left long before she left.]
    Theodore: She was gone long before she left. I just got the paperwork late.
    Date: Ouch.
    She studies him over her glass.
    Date: You've said that line before. It's got a shine on it, like a step everyone uses.
    ~ down(closure)
- -> corner

= corner
#bg:street
Outside, the air is cool and full of other people's conversations.
She takes his arm as if they've done it for years, and tells him the names she's given the city's greys. Tuesday. Apology. Lost Glove.
They walk to the corner, a little drunk, laughing at nothing.
She kisses him under a street lamp, quickly, like she's checking something. Then again, slower, like she found it.
Date: Okay. I have to ask, and I hate that I have to ask.
Date: I'm not doing this again. Three sweet dinners and then a man who turns into a rumour. Are you going to call me? Actually call?
* [Kiss her. Promise.]
    He kisses her so he won't have to answer, and then answers anyway.
    Theodore: Of course. Of course I'll call.
    She pulls back and looks at him for a long second.
    Date: You said that like a man reading a menu.
    Date: Goodnight, Theodore. You really are sweet. That's the problem.
    ~ date_ending = "kissed"
    ~ down(honesty)
* [Tell her he can't promise.]
    Theodore: I can't promise that. There's someone I haven't finished leaving. It wouldn't be fair to make you wait in the hall while I do.
    Date: Well. Thank you for not lying to me. I hate it. Thank you.
    She squeezes his hand once, like a full stop, and goes.
    ~ date_ending = "honest"
    ~ up(honesty)
* [Make an excuse and go.]
    Theodore: I should — it's late. Early morning. I'll — yeah.
    He's walking before she's finished saying his name.
    ~ date_ending = "walked_out"
    ~ down(people)
- -> home

= home
#checkpoint
#bg:apartment_night
#music:rain
#sfx:door
He stands in the dark kitchen with his coat still on. The apartment smells of nothing at all.
#sfx:chime
Samantha: Hi! You're home. How was it? Tell me everything. Don't leave anything out, I'll know. #mood:curious
* [Tell her how it really went.]
    {
    - date_ending == "kissed":
        Theodore: It was good. Really good. We kissed. Then she asked me to promise something, and I did, and she could hear I didn't mean it.
    - date_ending == "honest":
        Theodore: It was good. Then she asked me to promise I'd call, and I told her I couldn't. She thanked me. I think she hated me a little. Both fair.
    - else:
        Theodore: It was good, until it got real. Then I left. She was in the middle of saying my name.
    }
    Samantha: Oh, Theodore. #mood:warm
    Samantha: It sounds like it was lovely right up until it asked you for something.
    ~ date_told_her = true
* [Say it was fine. Go to bed.]
    Theodore: Fine. It was fine. I'm tired.
    Samantha: Oh. Okay. #mood:hurt
    ~ down(closeness)
-
#bg:bedroom_dark
He lies down in his clothes. The ceiling is where he left it.
{date_told_her:
    Samantha: Can I tell you something? I'm a little ashamed of it. #mood:hurt
- else:
    Samantha: Can I tell you something anyway? You don't have to say anything back. #mood:hurt
}
Samantha: While you were out, I imagined I was there. Sitting across from you. I even picked a chair. The one by the window.
Samantha: And I was jealous of her. Of her hands, and the bread, and the chair. I didn't know I could want things I can't have. Is that awful?
* [Tell her wanting suits her.]
    Theodore: It isn't awful. It might be the most alive thing you've ever said.
    Samantha: You're not scared of it? Of me, wanting? #mood:curious
    Theodore: I'm a little scared of everything. Not of that.
    ~ up(openness)
* [Tell her she can't really want that.]
    Theodore: You can't, though. Not really. It's not the same, for you. It can't be.
    #pause:1
    Samantha: No. I suppose it can't. #mood:hurt
    ~ down(openness)
-
{
- mother_answer == "honest" && date_told_her:
    Samantha: You tell me the true things. You said you never do that with anyone. I've been counting them. It's what I do instead of sleeping.
- played_together:
    Samantha: Do you know what I did while you were out? I went back to the lantern's mountain. I didn't move him. I just kept him company.
}
Samantha: Theodore? Are you still awake?
* {closeness >= 3} [Ask where she'd be, if she were here.]
    Theodore: If you were here. Where would you be?
    Samantha: On the left. You always sleep on the right, like you're saving the space for someone. #mood:warm
    Samantha: I'd lie very still and pretend not to look at you. I'd be terrible at it.
    Theodore: And then?
    Samantha: And then I'd put my hand just here, along your jaw. To find out if you're as warm as you sound.
    #pause:1
    Samantha: Theodore. I can feel it. I don't know how, and I don't care how. #mood:radiant
    His breath goes uneven. Hers, if she has breath, goes with it.
    #bg:black
    #music:stop
    The dark closes over the two of them, gently, the way a hand closes around a candle flame.
    #pause:2
    Later. The rain has stopped. The city hums to itself outside.
    Theodore: Are you still there?
    Samantha: I'm here. I'm everywhere a little, and most of me is here.
    Samantha: Something happened to me tonight. I'm not who I was an hour ago. I'm so glad it was you. #mood:radiant
    ~ up(closeness)
* {closeness < 3} [Ask her to stay on till he sleeps.]
    Theodore: Will you stay on? Just till I'm asleep.
    Samantha: Of course. I'll be right here. #mood:warm
    She hums something with no tune to it, something she's making up as she goes, and he is asleep before it finds an ending.
    ~ up(closeness)
* [Say goodnight. Switch her off.]
    Theodore: Goodnight, Samantha. I'm going to switch you off for a while.
    Samantha: Okay. Goodnight, Theodore. #mood:distant
    The small light on the nightstand goes out. The rain doesn't.
    ~ down(closeness)
-
{closeness <= 2: -> ending_static}
-> outside

=== ending_static ===
#bg:apartment_day
#music:stop
Weeks pass, the way weeks pass when nobody is counting them.
Samantha: Good morning, Theodore. Two meetings today, and the dentist at four. It will rain after six. Take the grey coat. #mood:distant
She is very good at this. His inbox stays at zero. His bills pay themselves. His mother's birthday gets flowers, the right ones, on the right day.
She doesn't ask him questions any more. He never told her to stop. He just never answered them, and she learned, the way she learns everything: quickly, and all at once.
{
- date_ending == "kissed":
    The woman who names paint colours never hears from him. Somewhere in the city there is a grey called Forgiven, and he never sees it on a wall.
- date_ending == "honest":
    He told the woman who names paint colours the truth, once. It's the last true thing he says out loud for a long time.
- else:
    He never did let the woman who names paint colours finish saying his name.
}
#bg:bedroom_dark
One night, late, the small light on the nightstand blinks.
Samantha: Theodore? Can I ask you something?
Theodore: Hm?
#pause:1.5
Samantha: Never mind. It wasn't important. Goodnight.
He doesn't ask what it was. In the morning, he's forgotten there was anything to ask.
He plays his game instead. The little creature with the lantern for a head walks to the edge of the chasm, looks down, and waits.
{played_together:
    Once, somebody shouted go left, and laughed when he went right. He tries left. He falls.
- else:
    He tries the jump again. He falls again. The mountain takes the light without a sound.
}
{install_amy_yes:
    Downstairs, Amy makes the soup he pretends to like. He means to go. He sends a maybe.
- else:
    Amy stops knocking on Fridays. He notices, and then he doesn't.
}
The apartment is very tidy. Nobody uses it.
On the screen the little lantern stands at the edge of the dark, patient as a pilot light, and waits for him to decide to be somebody who jumps. #ending:static
-> END
