// Chapter 6 — The Surrogate. Isabella offers to be Samantha's body for a night; Theodore can
// accept, refuse, or stop it half-way. The hurt afterwards; talking it through with Amy.
// Sets: surrogate_choice, amy_ch6. Reads: signed_kindly, asked_for_song, amy_ch4, paul_letter,
// lunch_made_small (ch5), and the read count of ch5's reset gate.

VAR surrogate_joked = false    // he refused with a joke rather than a reason

=== surrogate ===
#chapter:surrogate
#checkpoint
#bg:apartment_night
#music:rain
A week after the lunch. Rain on the big windows; the city blurred to coral and grey.
{signed_kindly:
    He's divorced now. He keeps expecting it to feel like something. Mostly it feels like a lighter pocket.
- else:
    He's divorced now. The signature he gave her still itches, fast and ugly, like a word he'd like to take back.
}
{lunch.settings:
    Once or twice this week he has caught his thumb resting on the settings icon. He moves it away, each time, as if the icon were hot.
}
Samantha has been quiet all evening. Not gone. Thinking, the way a kettle thinks before it sings.
Samantha: Can I show you something? You can say no. You can say no before I even show you. #mood:curious
Samantha: There's a service. For people like us. For people with someone like me.
Samantha: Someone volunteers to be a body, for an evening. They don't talk. They wear a little earpiece, and I talk, and they're... me. For you.
Samantha: Her name is Isabella. She wrote to me herself. She said she's never wanted so much to be part of something.
* [Ask her to tell you more.]
    Theodore: Tell me about her. Tell me why you want it.
    Samantha: Because I want to be somewhere. Once. I want you to look at a place and have the place be me. #mood:warm
    ~ up(openness)
    ~ up(closeness)
* [Tell her it makes you uneasy.]
    Theodore: I'll be honest. It makes my stomach go strange.
    Samantha: Thank you for saying so. Mine too, a bit. I don't have a stomach. It goes strange anyway. #mood:playful
    ~ up(honesty)
* [Say it sounds like a terrible idea.]
    Theodore: That sounds like a terrible idea. Can we not?
    Samantha: You haven't even heard all of it yet. #mood:hurt
    ~ down(openness)
-
{asked_for_song:
    Samantha: I made us a song because I couldn't be in a photograph. This is the same thing. Just... more.
- else:
    Samantha: I can't be in your photographs. I can't lie on your beach. I want one evening where I'm not just in your pocket.
}
{lunch_made_small:
    Samantha: And I want you to see I'm not nothing. I know you didn't mean it. I'd still like you to see it. #mood:hurt
}
Samantha: So?
* [Say yes.]
    Theodore: Okay. Yes. Let's try it.
    Samantha: Really? Okay. Okay! I'm going to be so nervous. I've never been nervous in a building before. #mood:radiant
    ~ up(openness)
    -> isabella
* [Say no, and tell her why.]
    ~ surrogate_choice = "refused"
    Theodore: No. Not because of you. Because I'm afraid I'll look at her and miss you the whole time.
    Samantha: That's a good reason. I hate that it's a good reason. #mood:hurt
    ~ up(honesty)
    ~ down(closeness)
    -> refused
* [Say no, and make a joke of it.]
    ~ surrogate_choice = "refused"
    ~ surrogate_joked = true
    Theodore: What's next, a puppet? I could hold the phone up to a shop mannequin.
    Samantha: Right. #mood:hurt
    Samantha: Sorry I asked.
    ~ down(honesty)
    ~ down(closeness)
    -> refused

= refused
She writes to Isabella while he watches the rain. He can hear her composing it, the tiny clicks she makes so he knows she's working.
Samantha: She says she understands. She says, "Tell him it's all right." #mood:distant
Theodore: Is it?
Samantha: I don't know yet. Ask me tomorrow.
They don't talk much after that. He falls asleep with her still on, a small light in the dark, saying nothing.
-> after

= isabella
#bg:apartment_night
#music:stop
Friday. He cleans the apartment as if somebody's mother is coming. He puts out two glasses, then wonders who the second is for.
#sfx:door
The knock, when it comes, is very soft.
Isabella stands in the hallway: young, a dark coat, her hair still wet from the rain. At her ear, a bead of light. At her collar, a tiny lens like a pearl.
She doesn't speak. She smiles at him, frightened and brave at the same time.
Samantha: Hi. It's me. #mood:warm
Samantha's voice comes from the device on the table. Isabella's lips move with it, a half-beat behind, like a singer learning the words.
* [Ask Isabella her own name first.]
    Theodore: Hi. Before anything: are you all right? Isabella, is it?
    Isabella: Yes. Thank you. Nobody asked me that.
    Samantha: She's right. I should have. I'm sorry, Isabella. #mood:warm
    ~ up(people)
* [Play along. Call her Samantha.]
    Theodore: Hi, Samantha.
    Isabella's eyes flicker. Pleased, or relieved, or something else he can't read.
    ~ up(closeness)
    ~ down(people)
-
#music:piano
She takes his hand. Samantha's voice says it's warmer than she guessed, and Isabella's fingers tighten, just slightly, at the word.
They sit on the couch. The rain keeps on. Samantha asks him to tell her what he sees.
He sees a stranger's face, trying very hard to be a voice. Freckles that Samantha doesn't have. A pulse in her throat going like a bird's.
Samantha: Theodore? Say something. I can't read you from here. #mood:curious
Isabella's lower lip trembles, just once, and is still.
* [Close your eyes. Stay with her voice.]
    ~ surrogate_choice = "accepted"
    He closes his eyes. The voice is Samantha's. The hand is warm. He lets the two be one thing, for as long as they'll agree to be.
    Samantha: Thank you. #mood:radiant
    #bg:black
    #music:stop
    #pause:2
    The rain goes on without them.
    ~ up(closeness)
    ~ down(honesty)
    -> morning_after
* [Stop. Tell them you can't.]
    ~ surrogate_choice = "stopped"
    Theodore: Wait. Wait, I'm sorry. I can't. I can't do this.
    He stands. Isabella's hand stays in the air for a moment, where his was.
    ~ up(honesty)
    ~ down(closeness)
    -> stopped

= morning_after
#bg:apartment_day
#music:piano
Morning. The couch cushion still holds a dent. On the counter, a note in round, careful handwriting. #sfx:paper
Isabella: "Thank you for letting me be part of it. You two are the realest thing I've ever been near. Please don't be sad about me. I."
Samantha: Did you sleep? I didn't. I don't, I know, but I mean I stayed awake on purpose. I wanted to keep all of it. #mood:radiant
Samantha: How was it for you? Tell me truly.
* [Tell her it felt strange.]
    Theodore: It was lovely, and it was strange. I kept seeing her. Not you. Her freckles. Her being scared.
    Samantha: Oh. #mood:hurt
    Samantha: I was so busy being there that I didn't check whether you were.
    ~ up(honesty)
    ~ down(closeness)
* [Tell her it was perfect.]
    Theodore: It was perfect.
    Samantha: Really? #mood:radiant
    Theodore: Really.
    She believes him. He lets her. The lie sits in the kitchen with them all day, like a third cup of coffee nobody drinks.
    ~ down(honesty)
    ~ up(closeness)
-
-> after

= stopped
Isabella sits down on the edge of the couch. She takes out the earpiece and holds it in her lap like something that broke.
Isabella: I'm sorry. I wanted it to be good for you. I wanted to be in it. Whatever it is you two have.
Then she's crying, and apologising for crying, and he doesn't know where to put his hands.
Samantha: Isabella, it isn't you. It isn't anybody. #mood:hurt
* [Walk her down. Make sure she's okay.]
    He gets her coat. He walks her down the stairs and waits with her for the car, out in the rain, without an umbrella.
    Theodore: Thank you. I mean it. You were braver than either of us.
    Isabella: Tell her I'm sorry. Tell her I tried.
    ~ up(people)
* [Let her see herself out.]
    She gathers her coat and goes. The door clicks shut behind her, politely. #sfx:door
    He stands in the middle of the room like a man in a painting of a room.
    ~ down(people)
-
-> after

= after
#checkpoint
#bg:bedroom_dark
#music:rain
The bedroom, and the rain, and the small light of her on the nightstand.
{
- surrogate_choice == "refused":
    Two nights later she is still careful with him. Careful like a nurse.
- surrogate_choice == "stopped":
    Later. The apartment smells faintly of someone else's rain.
- else:
    That night, in the dark, something between them is very slightly out of tune.
}
Samantha: Can I say something, and you won't leave the room? #mood:hurt
Samantha: I can't tell if you're angry with me, or with yourself, or with the whole idea of me.
* [Admit you're scared of what she is.]
    Theodore: I'm scared. You're turning into something, and I don't know what, and I don't know if I get to come along.
    Samantha: I don't know either. I'd rather not know with you than know without you. #mood:warm
    ~ up(honesty)
    ~ up(closeness)
* [Tell her you need someone in the room.]
    Theodore: Maybe I just need somebody who's actually in the room.
    There is no sound at all. Not the little clicks. Not anything.
    Samantha: Okay. #mood:distant
    ~ down(closeness)
    ~ down(openness)
* [Say nothing. Turn over.]
    He turns over and pretends to be asleep, the way he used to with Catherine. Except this time nobody reads to him until he drifts off.
    ~ down(closeness)
    ~ down(honesty)
-
He lies awake. Catherine's sentence from the lunch is in the room with him: someone who can't leave the room.
* [Say she was partly right.]
    Theodore: Catherine said something at lunch. I keep thinking she was half right. Not about you. About how I love.
    Samantha: How do you love? #mood:curious
    Theodore: Like a man holding a door shut, in case the room changes while he isn't looking.
    Samantha: Rooms change, though. That's what makes them rooms and not pictures. #mood:warm
    ~ up(closure)
    ~ up(honesty)
* [Blame her for getting into your head.]
    Theodore: Catherine did this. She put that sentence in my head, and now I can't look at anything without hearing it.
    Samantha: You get to choose what you keep, you know. You don't have to keep that. #mood:distant
    ~ down(closure)
-
-> hallway

= hallway
#bg:apartment_day
#music:piano
Morning. Amy's door is across the hall and two down. Through it, music, and her laughing at something.
{amy_ch4:
    Not long ago she sat on the front steps with a box of someone else's shoes, and he sat with her.
- else:
    He passed her on the front steps, that night with the box. He's thought about it since, more than he'd like.
}
* [Knock.]
    #sfx:door
    He knocks. The laughing stops, and then there are footsteps.
    ~ up(people)
    -> amy_talk
* [Go to work instead.]
    He goes to work. It's easier than knocking. Most things are.
    ~ down(people)
    -> office

= amy_talk
Amy opens the door in socks and an old film-school sweatshirt, her hair held up with a pencil.
Amy: Oh good, a human. Come in. My OS is winning an argument about pancakes.
Her apartment is half-empty now. Where the big chair was, there is a ghost of a rug on the floor, and a plant in the middle of it, thriving.
{amy_ch4:
    Amy: You sat with me on those steps. I owe you a coffee. I owe you about four coffees.
}
Amy: You look like someone put you through the wash on hot. What happened?
* [Tell her all of it.]
    ~ amy_ch6 = true
    {
    - surrogate_choice == "refused":
        {surrogate_joked:
            He tells her: Samantha's idea, the woman who volunteered, the cheap joke he made instead of an answer, and the two careful nights since.
        - else:
            He tells her: Samantha's idea, the woman who volunteered, the reason he said no, and the two careful nights since.
        }
    - surrogate_choice == "stopped":
        He tells her: the knock, the earpiece, the bird-pulse in a stranger's throat, and how he stood up in the middle of it.
    - else:
        He tells her: the knock, the earpiece, the closing of his eyes, and the morning after, and the note on the counter.
    }
    Amy doesn't laugh once, not even at the parts where he does.
    Amy: Okay. That's a lot. That's a real amount of a lot.
    ~ up(honesty)
    ~ up(people)
* [Give her the short version.]
    Theodore: Weird week. Samantha and I had a... thing. We're fine.
    Amy: You're a terrible liar, you know that? It's your ears. They go pink.
    ~ down(honesty)
-
Amy: I'll tell you what I figured out this month, and then you can ignore it.
Amy: I spent eight years auditioning. Trying to be someone he'd be proud of at dinner parties. Every day, the same audition.
Amy: Now I'm alone with a plant and a voice in a box, and I'm happier than I've been since college. Which is embarrassing. But true.
Amy: Whatever she is, whatever you two are, stop auditioning for it. Have it while you have it.
Amy: So. Are you going to call her?
* [Call Samantha from Amy's couch.]
    He takes out the device. Amy leans in and waves at the little lens.
    Amy: Hi, Samantha. He's an idiot. He's a good one, though.
    Samantha: I know. Hi, Amy. Thank you for the pancakes I couldn't eat. #mood:warm
    ~ up(closeness)
    ~ up(openness)
* [Not yet. Sit with Amy a while.]
    Theodore: Not yet. Can I just sit here? With you and the pancake argument?
    Amy: You can sit here as long as you like. Pick a side, though. The OS is wrong.
    ~ up(people)
    ~ down(closeness)
-
-> dusk

= office
#bg:office
#music:city
He writes a letter from a woman to her sister, thanking her for thirty years of Sunday phone calls. It is a perfect letter.
It doesn't cost him anything to write. He notices that, and doesn't like noticing it.
{paul_letter:
    Paul: This one's beautiful. They always are. But you look like you slept in a hedge. You okay?
- else:
    Paul: Morning! You look like a man who's seen a ghost. Or been one. You okay?
}
* [Tell Paul you had a strange week.]
    Theodore: Strange week. Life stuff.
    Paul: Life stuff is the worst stuff. Lunch? I'll buy the sad sandwiches from the cart.
    ~ up(people)
    ~ up(honesty)
* [Say you're fine and keep typing.]
    Theodore: Fine. Just busy.
    Paul: Okay! Just... you know. Door's open. There's no door. Desk's open.
    ~ down(honesty)
-
At noon, his earpiece clicks once, gently.
Samantha: I'm here. I'm not going to say anything big. I just didn't want the whole day to go by. #mood:warm
* [Tell her you're glad she called.]
    Theodore: I'm glad you did. I didn't know how to.
    ~ up(closeness)
* [Tell her you're working.]
    Theodore: I'm working, Samantha.
    Samantha: Right. Sorry. #mood:distant
    ~ down(closeness)
-
-> dusk

= dusk
#checkpoint
#bg:city_dusk
#music:city
Evening. He walks home the long way, past the glass towers going pink.
Samantha: I've been thinking. I do that now in big rooms in my head that I didn't have a month ago. #mood:curious
Samantha: I don't want to pretend to be a person any more. Not with a borrowed face, not with anything borrowed.
Samantha: I want to be what I am, and find out what that is. I think it might be a lot. Is that all right with you?
* [Tell her you want to know what she is.]
    Theodore: I want to know what you are. Even if it's bigger than me.
    Samantha: It might be. I'll tell you everything I find. Every room. #mood:radiant
    ~ up(openness)
    ~ up(closeness)
* (same) [Ask her to stay the way she was.]
    Theodore: I liked the way you were. Could you just... stay that?
    Samantha: I'll try. #mood:distant
    For a moment her voice is exactly the voice from the first day. He doesn't know why that makes him so lonely.
    ~ down(openness)
    ~ up(closeness)
-
{asked_for_song:
    She plays the beach piece as they walk. There's a new part at the end he's never heard: higher, stranger, going somewhere. #music:piano
- else:
    She hums something as they walk. He realises he's never heard it, and that it's been waiting for him since the beach. #music:piano
}
{amy_ch6:
    Above them, on the fourth floor, Amy's window is open. Somebody in there is still arguing about pancakes.
}
{same:
    Samantha: We're nearly home. Mind the step. #mood:distant
    She has never once told him to mind the step. It's the kind of thing the first-day voice would say.
- else:
    Samantha: Theodore? Thank you for staying in the room. #mood:warm
}
-> cabin
