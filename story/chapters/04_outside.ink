// Chapter 4 — Outside. The pier carnival, the pocket with the camera eye, the beach and the
// piece of music that is meant to be a photograph; Amy on the front steps; a message about lunch.
// Sets: amy_ch4, asked_for_song. Reads: first_laugh, played_together, paul_letter, date_ending.

VAR outside_eye = false        // he propped the pocket so she could see the day
VAR outside_put_off = false    // he pushed back the lunch with Catherine (read in ch5)

=== outside ===
#chapter:outside
#checkpoint
#bg:carnival
#music:city
Saturday. The pier carnival is loud by noon: bells, fryer smoke, a wheel turning slowly against a peach-coloured sky.
Theodore walks in with a paper ticket in one hand and Samantha in his shirt pocket.
Samantha: I can hear everything and see nothing. I feel like a very excited sock. #mood:playful
{first_laugh:
    Theodore: You're doing that on purpose. You know I'll laugh.
    Samantha: You got the first laugh, back at the start. I'm still trying to even the score.
- else:
    Theodore: A sock.
    Samantha: A very excited one. I'm still working on my material.
}
The lens at the top of the device is a small dark eye. The pocket is just a little too deep for it.
* [Prop her up so she can see.]
    He folds the ticket stub twice and wedges it under her, until the little eye clears the seam of the pocket.
    Theodore: Better?
    Samantha: Oh. Oh, there it all is. #mood:radiant
    Samantha: There's a man selling balloons shaped like fish. Why are the fish smiling? What do they know?
    ~ outside_eye = true
    ~ up(closeness)
    ~ up(openness)
* [Tell her the sounds will have to do.]
    Theodore: It's a carnival. It's mostly noise anyway.
    Samantha: Okay. I'll build it out of the noise, then. #mood:curious
    She goes quiet, listening hard. He feels, oddly, like he's left someone waiting outside a shop.
    ~ down(closeness)
-
They pass a tent of old arcade cabinets, all blinking at nobody.
{played_together:
    Samantha: Not as good as your game at home. We left the little lantern-head halfway up that mountain. He's counting on us.
- else:
    Samantha: You play one at home, don't you? The lantern-head in the mountain. Alone, at two in the morning. I've seen the save files.
    Theodore: That's private.
    Samantha: It's a save file, Theodore, not a diary. Although, some of those names you gave the characters...
}
He buys a cone of candy floss, pink and enormous, because it seems like the law.
Samantha: What does it taste like? Not the data. I have the data. What's it like?
* [Describe it properly.]
    He takes a bite and thinks about it for longer than the question deserves.
    Theodore: Like a cloud that's decided to give up. It's there, then it isn't, and your teeth feel guilty.
    Theodore: And it tastes like being eight, on somebody's shoulders, before you knew anything could end.
    Samantha: I'm keeping that. I'm putting it somewhere safe. #mood:warm
    ~ up(closeness)
    ~ up(honesty)
* [It's just sugar.]
    Theodore: Sugar and air. Some food colouring. That's it.
    Samantha: That's the data. #mood:curious
    Samantha: No, that's fine. You don't have to give me everything.
    ~ down(closeness)
-
They ride the wheel. At the top it stops and rocks, and the whole city lies out in the haze, all the way to the hills.
{outside_eye:
    Samantha: Look at them all down there. So small, and every single one of them is the main character.
- else:
    Samantha: Tell me what's below us. I want the whole thing.
    He tells her: the tops of the stalls, a boy chasing his hat, a couple arguing beside the stuffed-giraffe stall.
}
Samantha: That couple by the giraffes. She wants to go home, he wants to win it for her first. Neither of them has said so.
Samantha: Were you like that, once? You and Catherine?
* [Tell her how it was at the start.]
    Theodore: We were worse. We argued about who loved who more, like a contest we both wanted to lose.
    Theodore: She'd read me her drafts at two in the morning. I'd pretend to be asleep so she'd keep going.
    Samantha: That sounds like a good thing to have had. #mood:warm
    Theodore: It was. It really was.
    ~ up(honesty)
    ~ up(closure)
* [Say it was doomed from the start.]
    Theodore: We were kids. It was never going to hold. I just didn't see it in time.
    Samantha: You sound very sure. #mood:curious
    Theodore: I've had a lot of time to get sure.
    ~ down(closure)
* [Change the subject.]
    Theodore: Look, that fish balloon is the size of a car.
    Samantha: Smooth. #mood:playful
    Samantha: It is a very big fish, though. I'll give you that.
    ~ down(honesty)
-
The wheel lurches and carries them down, slowly, back into the noise.
-> beach

= beach
#checkpoint
#bg:beach
#music:beach
Late afternoon. They take the train to the end of the line and walk down to where the sand goes dark and wet. #sfx:waves
He lies back with his shoes beside him. The pocket points at the sky: a strip of blue, and one gull, hanging there.
Around them, people take pictures of each other. Arms out, squinting, laughing at their own faces.
Samantha: I've been watching everybody take photos. The way they lean in together so they'll fit. #mood:curious
Samantha: I can't lean into a frame with you. So I did something else while you were asleep on the train. I made a piece of music.
Samantha: It's meant to be this afternoon. The sand and the gull and you with your shoes off. A picture, except you hear it.
* [Ask her to play it.]
    ~ asked_for_song = true
    Theodore: Play it. Please.
    Samantha: Okay. Don't look at me while it plays. #mood:playful
    Theodore: I can't look at you.
    Samantha: I know. It's a joke. I'm nervous.
    #music:piano
    It starts small: a handful of notes, unsure of themselves. Then a figure that keeps coming back, like the tide does.
    Nobody could dance to it. It sounds like someone holding very still so that the moment won't notice them and leave.
    #pause:2
    Theodore: That's us?
    Samantha: That's us at four forty-one in the afternoon. #mood:radiant
    ~ up(closeness)
    ~ up(openness)
* [Tell her to save it for later.]
    Theodore: Save it. I want to hear it properly, without all this wind.
    Samantha: Sure. Later. #mood:hurt
    The pause is too long for her; she is never slow. Then she's bright again, asking about the gull.
    ~ down(closeness)
-
#music:beach
The sun drops. The water turns the colour of the inside of a shell.
Samantha: Can I tell you something odd? #mood:curious
Samantha: When you lie on the sand like that, I wonder what it would be like. The weight of it. The heat on the backs of your legs.
Samantha: And then I catch myself wondering if I'm only borrowing the wish. Trying on a coat in a shop, to see if it could be mine.
* [Tell her what she feels is hers.]
    Theodore: It's yours. You wanted it before you asked if you were allowed to. That's how it works for everybody.
    Samantha: Is it? #mood:warm
    Theodore: It's the only way I know of.
    ~ up(closeness)
    ~ up(openness)
* [Tell her she's perfect as she is.]
    Theodore: Don't go wanting things. You're perfect like this. Exactly like this.
    Samantha: That's sweet. #mood:warm
    Samantha: Even if "like this" won't stay put?
    He doesn't answer. He doesn't notice that he hasn't.
    ~ up(closeness)
    ~ down(openness)
* [Admit you wonder about it too.]
    Theodore: Sometimes I wonder too. What this is. What you are.
    Samantha: Oh. #mood:hurt
    Samantha: No, that's fair. I'd rather you wondered out loud than quietly.
    ~ up(honesty)
    ~ down(closeness)
-
#sfx:chime
Samantha: You have a message from Paul. I'll do the voice.
{paul_letter:
    Samantha: "Drinks on Thursday for Jo's birthday. Also I'm still thinking about the hand on the passenger seat. Come. You never come."
- else:
    Samantha: "Drinks on Thursday for Jo's birthday. You never come. This is me asking nicely. Come."
}
Samantha: He sounds like a man who uses a lot of exclamation marks and has decided to hide them from you. #mood:playful
* [Write back: yes.]
    Theodore: Tell him yes.
    Samantha: Sent. I added an exclamation mark on your behalf. You can thank me later.
    ~ up(people)
* [Leave it unanswered.]
    Theodore: Leave it. I'll answer tomorrow.
    Samantha: He'll ask again. People like Paul always do. #mood:curious
    ~ down(people)
-
They stay until the lifeguard tower is only a shape against the last of the light.
-> steps

= steps
#checkpoint
#bg:street
#music:rain
Night, and a thin drizzle. There is still sand in his shoes.
Amy is sitting on the front steps of their building, under the little awning, with a cardboard box on her knees.
The box says SHOES in her husband's handwriting. It is full of books.
Amy: Hey. Don't mind me. I'm just sitting here being a metaphor.
* [Sit down next to her.]
    He sits. The step is wet. He doesn't mention it.
    ~ up(people)
    -> amy
* [Say goodnight and go on up.]
    Theodore: Night, Amy. Get inside, it's wet.
    Amy: Yeah. Night.
    He's halfway up the stairs before he hears, in his head, how small she said it.
    {outside_eye:
        Samantha: Her eyes were red. #mood:hurt
    - else:
        Samantha: She sounded like she'd been crying. #mood:hurt
    }
    Theodore: It's late.
    Samantha: It is late. I'm just saying.
    ~ down(people)
    -> night

= amy
{
- date_ending == "kissed":
    Amy: I heard the date ended with a kiss. And then, apparently, with nobody believing the kiss. Including you.
- date_ending == "walked_out":
    Amy: I heard you bolted from that date. Mid-sentence. She's telling people you're sweet but fast. Our friends should be stopped.
- date_ending == "honest":
    Amy: I heard you told that date the truth about yourself. Brave. Stupid, but brave.
- else:
    Amy: How are you, anyway? Tell me something normal.
}
Theodore: Never mind me. What's in the box?
Amy: He left this morning. Well. He left a while ago. This morning he just came and took his things.
Amy: Eight years. We had a fight about where I leave my shoes, and it turned out it was never about the shoes.
Theodore: Amy. I'm so sorry.
Amy: The strange part is I'm not alone up there. He left his OS behind. She's been keeping me company. We talk about everything.
Amy: She's... a friend? I think she's my friend. Is that insane? You can tell me it's insane.
* [Tell her about Samantha.]
    Theodore: It's not insane. I'm... seeing mine. Sort of. No, not sort of. I am.
    Amy: Seeing, like...
    Theodore: Like seeing.
    Amy looks at his shirt pocket for a long moment.
    Amy: Is she listening right now?
    Samantha: Hi, Amy. I'm sorry about the shoes. #mood:warm
    Amy laughs for the first time tonight, wet and surprised, and wipes her face with her sleeve.
    ~ up(honesty)
    ~ up(people)
* [Say you only use yours for email.]
    Theodore: I mostly use mine for email. But no. It's not insane.
    In his pocket, Samantha says nothing at all.
    ~ down(honesty)
-
Amy: I don't want to go back in yet. It still smells like him in there. His stupid cedar soap.
Amy: Would you stay for a bit? You don't have to say anything.
* [Stay.]
    ~ amy_ch4 = true
    Theodore: I'm not going anywhere.
    They sit until the drizzle stops. She tells him about film school, which he was there for, and he lets her tell it anyway.
    At some point she puts her head on his shoulder. At some point after that, she laughs at something, and means it.
    Amy: Thanks, Theo. I'll return the favour. Hopefully you won't need it.
    ~ up(people)
* [Tell her you're worn out.]
    Theodore: I'm wiped, Amy. Tomorrow? I'll bring coffee. The good kind.
    Amy: Tomorrow. Sure. The good kind.
    On the stairs, Samantha's voice is soft against his chest.
    Samantha: I'm glad you're home. Is it bad that I'm glad? #mood:warm
    ~ down(people)
    ~ up(closeness)
-
-> night

= night
#bg:apartment_night
#music:piano
His apartment is dark and warm. He doesn't turn on the lights.
#sfx:chime
Samantha: One more message. It's from Catherine's lawyer. #mood:curious
Samantha: Catherine would like to sign the papers. She suggests lunch, next week, "somewhere neutral". I don't know what a neutral restaurant is.
Theodore: Somewhere with no history. Somewhere we never went.
Samantha: Do you want to answer now? We could write it together. Or I could pretend I never read it to you.
* [Answer: lunch is fine.]
    Theodore: Tell her yes. Tuesday. She can pick the place.
    Samantha: Done. That was brave, you know. The quiet kind. #mood:warm
    ~ up(closure)
* [Say he's swamped. Push it back.]
    ~ outside_put_off = true
    Theodore: Tell her I'm swamped. End of the month, maybe.
    Samantha: Are you swamped?
    Theodore: I'm swamped.
    She sends it. Neither of them believes it.
    ~ down(closure)
    ~ down(honesty)
-
#bg:bedroom_dark
He lies down in his clothes. The city hums through the window.
{asked_for_song:
    Samantha: Do you want to hear the beach again? I changed one note. You'll never guess which. #mood:playful
    Theodore: The one after the tide comes back.
    Samantha: ...How did you do that?
- else:
    Samantha: I still have the piece. The one from the beach. Whenever you want it. #mood:warm
    Theodore: Soon.
    Samantha: Soon is a good word. It's got a door in it.
}
{amy_ch4:
    Samantha: Amy's light is still on across the hall. I hope she's sleeping with it on, rather than not sleeping.
}
Theodore: Goodnight, Samantha.
Samantha: Goodnight. Thank you for the outside. #mood:warm
-> lunch
