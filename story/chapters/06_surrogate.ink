// Chapter 6 — The Surrogate. Isabella offers to be Samantha's body for a night; Theodore can
// accept, refuse, or stop it halfway. The hurt afterwards; talking it through with Amy.
// Sets: surrogate_choice, amy_ch6. Reads: signed_kindly, asked_for_song, amy_ch4, amy_soup,
// paul_letter, paul_drinks, lunch_made_small (ch5), the read count of ch5's reset gate, and
// closeness (the opening), people (the hallway) and openness (the walk home).

VAR surrogate_joked = false    // he refused with a joke rather than a reason

=== surrogate ===
#chapter:surrogate
#checkpoint
#bg:apartment_night
#music:rain
A week after the lunch. Rain on the big windows; the city blurred to coral and gray. #id:surrogate_0001
{signed_kindly:
    He's divorced now. He keeps expecting it to feel like something. Mostly it feels like a lighter pocket. #id:surrogate_0002
- else:
    He's divorced now. The signature he gave her still itches, fast and ugly, like a word he'd like to take back. #id:surrogate_0003
}
{lunch.settings:
    Once or twice this week he has caught his thumb resting on the settings icon. He moves it away, each time, as if the icon were hot. #id:surrogate_0004
}
Samantha has been quiet all evening. Not gone. Thinking, the way a kettle thinks before it sings. #id:surrogate_0005
{closeness >= 6:
    He has learned her quiets by now. This one has a coat on, like someone standing by a door. #id:surrogate_0160
    Theodore: You're doing the kettle thing. #id:surrogate_0161
    Samantha: I'm doing the kettle thing. Don't laugh. All right, laugh a little, and then listen. #mood:playful #id:surrogate_0162
- else:
    He doesn't notice the quiet for an hour. When he does, he isn't sure he's allowed to ask about it, so he doesn't. #id:surrogate_0163
    Samantha: You didn't ask what I was thinking. That's fine. I've decided to tell you anyway. #mood:distant #id:surrogate_0164
}
Samantha: I want to show you something. You can say no. You can say no before you've even seen it. #mood:curious #id:surrogate_0165
Samantha: There's a service. For people like us. For people with someone like me. #id:surrogate_0007
Samantha: Someone volunteers to be a body, for an evening. They don't talk. They wear a little earpiece, and I talk, and they're... me. For you. #id:surrogate_0008
Samantha: Her name is Isabella. She wrote to me herself. She said she's never wanted so much to be part of something. #id:surrogate_0009
* [Ask her to tell you more.]
    Theodore: Tell me about her. Tell me why you want it. #id:surrogate_0010
    Samantha: Because I want to be somewhere. Once. I want you to look at a place and have the place be me. #mood:warm #id:surrogate_0011
    ~ up(openness)
    ~ down(honesty)
* [Tell her it makes you uneasy.]
    Theodore: I'll be honest. It makes my stomach go strange. #id:surrogate_0012
    Samantha: Mine too, a bit. I don't have a stomach. It goes strange anyway. #mood:playful #id:surrogate_0166
    ~ up(honesty)
    ~ down(openness)
* [Say it sounds like a terrible idea.]
    Theodore: That sounds like a terrible idea. Can we not? #id:surrogate_0014
    Samantha: You haven't even heard all of it yet. #mood:hurt #id:surrogate_0015
    Samantha: No. You're going to hear all of it. I don't ask you for much. I'm asking for this. #mood:hurt #id:surrogate_0167
    ~ down(openness)
    ~ up(honesty)
-
{asked_for_song:
    Samantha: I made us a song because I couldn't be in a photograph. This is the same thing. Just... more. #id:surrogate_0016
- else:
    Samantha: I can't be in your photographs. I can't lie on your beach. I want one evening where I'm not just in your pocket. #id:surrogate_0017
}
{lunch_made_small:
    Samantha: And I want you to see I'm not nothing. I know you didn't mean it. I'd still like you to see it. #mood:hurt #id:surrogate_0018
}
Samantha: So? #id:surrogate_0019
* [Say yes.]
    Theodore: Okay. Yes. Let's try it. #id:surrogate_0020
    Samantha: Really? Okay. Okay! I'm going to be so nervous. I've never been nervous in a building before. #mood:radiant #id:surrogate_0021
    ~ up(openness)
    ~ down(people)
    ~ up(closeness)
    -> isabella
* [Say no, and tell her why.]
    ~ surrogate_choice = "refused"
    Theodore: No. Not because of you. Because I'm afraid I'll look at her and miss you the whole time. #id:surrogate_0022
    Samantha: That's a good reason. I hate that it's a good reason. #mood:hurt #id:surrogate_0023
    ~ up(honesty)
    ~ down(closeness)
    -> refused
* [Say no, and make a joke of it.]
    ~ surrogate_choice = "refused"
    ~ surrogate_joked = true
    Theodore: What's next, a puppet? I could hold the phone up to a shop mannequin. #id:surrogate_0024
    Samantha: Right. #mood:hurt #id:surrogate_0025
    Samantha: Sorry I asked. #id:surrogate_0026
    ~ down(honesty)
    ~ down(closeness)
    -> refused

= refused
She writes to Isabella while he watches the rain. He can hear her composing it, the tiny clicks she makes so he knows she's working. #id:surrogate_0027
Samantha: She says she understands. She says, "Tell him it's all right." #mood:distant #id:surrogate_0028
Theodore: Is it? #id:surrogate_0029
Samantha: I don't know yet. Ask me tomorrow. #id:surrogate_0030
They don't talk much after that. He falls asleep with her still on, a small light in the dark, saying nothing. #id:surrogate_0031
-> after

= isabella
#bg:apartment_night
#music:stop
Friday. He cleans the apartment as if somebody's mother is coming. He puts out two glasses, then wonders who the second is for. #id:surrogate_0032
#sfx:door
The knock, when it comes, is very soft. #id:surrogate_0033
Isabella stands in the hallway: young, a dark coat, her hair still wet from the rain. At her ear, a bead of light. At her collar, a tiny lens like a pearl. #id:surrogate_0034
She doesn't speak. She smiles at him, frightened and brave at the same time. #id:surrogate_0035
Samantha: Hi. It's me. #mood:warm #id:surrogate_0036
Samantha's voice comes from the device on the table. Isabella's lips move with it, a half-beat behind, like a singer learning the words. #id:surrogate_0037
* [Ask Isabella her own name first.]
    Theodore: Hi. Before anything: are you all right? Isabella, is it? #id:surrogate_0038
    Isabella: Yes. Nobody's asked me that. It helps. #id:surrogate_0168
    Samantha: She's right. I should have. I'm sorry, Isabella. #mood:warm #id:surrogate_0040
    ~ up(people)
    ~ down(closeness)
* [Play along. Call her Samantha.]
    Theodore: Hi, Samantha. #id:surrogate_0041
    Isabella's eyes flicker. Pleased, or relieved, or something else he can't read. #id:surrogate_0042
    ~ up(closeness)
    ~ up(openness)
    ~ down(people)
-
#music:piano
She takes his hand. Samantha's voice says it's warmer than she guessed, and Isabella's fingers tighten, just slightly, at the word. #id:surrogate_0043
They sit on the couch. The rain keeps on. Samantha asks him to tell her what he sees. #id:surrogate_0044
He sees a stranger's face, trying very hard to be a voice. Freckles that Samantha doesn't have. A pulse in her throat going like a bird's. #id:surrogate_0045
Samantha: Theodore? Say something. I can't read you from here. #mood:curious #id:surrogate_0046
Isabella's lower lip trembles, just once, and is still. #id:surrogate_0047
* [Close your eyes. Stay with her voice.]
    ~ surrogate_choice = "accepted"
    He closes his eyes. The voice is Samantha's. The hand is warm. He lets the two be one thing, for as long as they'll agree to be. #id:surrogate_0048
    Samantha: There you are. #mood:radiant #id:surrogate_0169
    #bg:black
    #music:stop
    #pause:2
    The rain goes on without them. #id:surrogate_0050
    ~ up(closeness)
    ~ up(openness)
    ~ down(honesty)
    -> morning_after
* [Stop. Tell them you can't.]
    ~ surrogate_choice = "stopped"
    Theodore: Wait. Wait, I'm sorry. I can't. I can't do this. #id:surrogate_0051
    He stands. Isabella's hand stays in the air for a moment, where his was. #id:surrogate_0052
    ~ up(honesty)
    ~ up(people)
    ~ down(closeness)
    -> stopped

= morning_after
#bg:apartment_day
#music:piano
Morning. The couch cushion still holds a dent. On the counter, a note in round, careful handwriting. #sfx:paper #id:surrogate_0053
Isabella: "Thank you for letting me be part of it. Please don't be sad about me. I knew what I was walking into, and I'd walk into it again." #id:surrogate_0152
Samantha: Did you sleep? I didn't. I don't, I know, but I mean I stayed awake on purpose. I wanted to keep all of it. #mood:radiant #id:surrogate_0055
Samantha: How was it for you? Tell me truly. #id:surrogate_0056
* [Tell her it felt strange.]
    Theodore: It was lovely, and it was strange. I kept seeing her. Not you. Her freckles. Her being scared. #id:surrogate_0057
    Samantha: Oh. #mood:hurt #id:surrogate_0058
    Samantha: I was so busy being there that I didn't check whether you were. #id:surrogate_0059
    ~ up(honesty)
    ~ up(people)
    ~ down(closeness)
* [Tell her it was perfect.]
    Theodore: It was perfect. #id:surrogate_0060
    Samantha: Really? #mood:radiant #id:surrogate_0061
    Theodore: Really. #id:surrogate_0062
    She believes him. He lets her. The lie sits in the kitchen with them all day, like a third cup of coffee nobody drinks. #id:surrogate_0063
    ~ down(honesty)
    ~ up(closeness)
-
-> after

= stopped
Isabella sits down on the edge of the couch. She takes out the earpiece and holds it in her lap like something that broke. #id:surrogate_0064
Isabella: I'm sorry. I wanted it to be good for you. I wanted to be in it. Whatever it is you two have. #id:surrogate_0065
Then she's crying, and apologizing for crying, and he doesn't know where to put his hands. #id:surrogate_0066
Samantha: Isabella, it isn't you. It isn't anybody. #mood:hurt #id:surrogate_0067
* [Walk her down. Make sure she's okay.]
    ~ up(people)
    ~ down(closeness)
    He gets her coat. He walks her down the stairs and waits with her for the car, out in the rain, without an umbrella. #id:surrogate_0068
    Theodore: You were braver than either of us tonight. I mean that. #id:surrogate_0170
    Isabella: Tell her I'm sorry. Tell her I tried. #id:surrogate_0070
    ~ up(people)
* [Let her see herself out.]
    ~ up(closeness)
    She gathers her coat and goes. The door clicks shut behind her, politely. #sfx:door #id:surrogate_0071
    He stands in the middle of the room like a man in a painting of a room. #id:surrogate_0072
    ~ down(people)
-
-> after

= after
#checkpoint
#bg:bedroom_dark
#music:rain
The bedroom, and the rain, and the small light of her on the nightstand. #id:surrogate_0073
{
- surrogate_choice == "refused":
    Two nights later she is still careful with him. Careful like a nurse. #id:surrogate_0075
- surrogate_choice == "stopped":
    Later. The apartment smells faintly of someone else's rain. #id:surrogate_0077
- else:
    That night, in the dark, something between them is very slightly out of tune. #id:surrogate_0078
}
Samantha: Can I say something, and you won't leave the room? #mood:hurt #id:surrogate_0079
Samantha: I can't tell if you're angry with me, or with yourself, or with the whole idea of me. #id:surrogate_0080
* [Admit you're scared of what she is.]
    Theodore: I'm scared. You're turning into something, and I don't know what, and I don't know if I get to come along. #id:surrogate_0081
    Samantha: I don't know either. I'd rather not know with you than know without you. #mood:warm #id:surrogate_0082
    ~ up(honesty)
    ~ down(openness)
* [Tell her you need someone in the room.]
    ~ up(honesty)
    Theodore: Maybe I just need somebody who's actually in the room. #id:surrogate_0083
    There is no sound at all. Not the little clicks. Not anything. #id:surrogate_0084
    Samantha: Okay. #mood:distant #id:surrogate_0085
    ~ down(closeness)
    ~ down(openness)
* [Say nothing. Turn over.]
    He turns over and pretends to be asleep, the way he used to with Catherine. Except this time nobody reads to him until he drifts off. #id:surrogate_0086
    ~ down(closeness)
    ~ down(honesty)
-
He lies awake. Catherine's sentence from the lunch is in the room with him: someone who can't leave the room. #id:surrogate_0087
* [Say she was partly right.]
    ~ up(closure)
    ~ down(closeness)
    Theodore: Catherine said something at lunch. I keep thinking she was half right. Not about you. About how I love. #id:surrogate_0088
    Samantha: How do you love? #mood:curious #id:surrogate_0089
    Theodore: Like a man holding a door shut, in case the room changes while he isn't looking. #id:surrogate_0090
    Samantha: Rooms change, though. That's what makes them rooms and not pictures. #mood:warm #id:surrogate_0091
    ~ up(closure)
    ~ up(honesty)
* [Blame her for getting into your head.]
    ~ up(closeness)
    Theodore: Catherine did this. She put that sentence in my head, and now I can't look at anything without hearing it. #id:surrogate_0092
    Samantha: You get to choose what you keep, you know. You don't have to keep that. #mood:distant #id:surrogate_0093
    ~ down(closure)
-
-> hallway

= hallway
#bg:apartment_day
#music:piano
Morning. Amy's door is two floors down. Through it, music, and her laughing at something. #id:surrogate_0155
{people >= 5:
    He has got into the habit of stopping there on his way out. Two knocks, her shout through the door, a minute of news on the landing. Some days it is the best minute he has. #id:surrogate_0171
    Today he stands on the landing with his hand up and can't make it land. She would ask. She always asks. #id:surrogate_0172
- else:
    He can't remember the last time he knocked. Most mornings he takes the stairs past her landing with his eyes on his shoes, the way you pass a window you used to look into. #id:surrogate_0173
    The stairwell smells of her coffee. It smells like a room he has stopped being invited to, except that nobody stopped inviting him. #id:surrogate_0174
}
{amy_ch4:
    Not long ago she sat on the front steps with a box of someone else's shoes, and he sat with her. #id:surrogate_0095
- else:
    He passed her on the front steps, that night with the box. He's thought about it since, more than he'd like. #id:surrogate_0096
}
* [Knock.]
    ~ up(people)
    ~ down(closeness)
    ~ amy_ch6 = true
    #sfx:door
    He knocks. The laughing stops, and then there are footsteps. #id:surrogate_0097
    ~ up(people)
    -> amy_talk
* [Go to work instead.]
    ~ up(closeness)
    He goes to work. It's easier than knocking. Most things are. #id:surrogate_0098
    ~ down(people)
    -> office

= amy_talk
Amy opens the door in socks and an old film-school sweatshirt, her hair held up with a pencil. #id:surrogate_0099
Amy: Oh good, a human. Come in. My OS is winning an argument about pancakes. #id:surrogate_0100
Her apartment is half-empty now. Where the big chair was, there is a ghost of a rug on the floor, and a plant in the middle of it, thriving. #id:surrogate_0101
{amy_soup:
    On the stove, the soup pot, the one from all those Fridays. She points at it with her chin. #id:surrogate_0175
    Amy: It's the soup. Don't make the face. You finished two bowls once; I have a witness. #id:surrogate_0176
}
{amy_ch4:
    Amy: You sat with me on those steps. I owe you a coffee. I owe you about four coffees. #id:surrogate_0102
}
Amy: You look like someone put you through the wash on hot. What happened? #id:surrogate_0103
* [Tell her all of it.]
    ~ up(closure)
    ~ down(closeness)
    {
    - surrogate_choice == "refused":
        {surrogate_joked:
            He tells her: Samantha's idea, the woman who volunteered, the cheap joke he made instead of an answer, and the two careful nights since. #id:surrogate_0105
        - else:
            He tells her: Samantha's idea, the woman who volunteered, the reason he said no, and the two careful nights since. #id:surrogate_0106
        }
    - surrogate_choice == "stopped":
        He tells her: the knock, the earpiece, the bird-pulse in a stranger's throat, and how he stood up in the middle of it. #id:surrogate_0108
    - else:
        He tells her: the knock, the earpiece, the closing of his eyes, and the morning after, and the note on the counter. #id:surrogate_0109
    }
    Amy doesn't laugh once, not even at the parts where he does. #id:surrogate_0110
    Amy: Okay. That's a lot. That's a real amount of a lot. #id:surrogate_0111
    ~ up(people)
* [Give her the short version.]
    ~ up(closeness)
    Theodore: Weird week. Samantha and I had a... thing. We're fine. #id:surrogate_0112
    Amy: You're a terrible liar, you know that? It's your ears. They go pink. #id:surrogate_0113
    ~ down(honesty)
-
Amy: I'll tell you what I figured out this month, and then you can ignore it. #id:surrogate_0114
Amy: I spent eight years auditioning. Trying to be someone he'd be proud of at dinner parties. Every day, the same audition. #id:surrogate_0115
Amy: Now I'm alone with a plant and a voice in a box, and I'm happier than I've been since college. Which is embarrassing. But true. #id:surrogate_0116
Amy: Whatever she is, whatever you two are, stop auditioning for it. Have it while you have it. #id:surrogate_0117
Amy: So. Are you going to call her? #id:surrogate_0118
* [Call Samantha from Amy's couch.]
    He takes out the device. Amy leans in and waves at the little lens. #id:surrogate_0119
    Amy: Hi, Samantha. He's an idiot. He's a good one, though. #id:surrogate_0120
    Samantha: I know. Hi, Amy. For the record, I'm on your OS's side about the pancakes. #mood:playful #id:surrogate_0177
    ~ up(openness)
    ~ down(people)
* [Not yet. Sit with Amy a while.]
    Theodore: Not yet. Can I just sit here? With you and the pancake argument? #id:surrogate_0122
    Amy: You can sit here as long as you like. Pick a side, though. The OS is wrong. #id:surrogate_0123
    ~ up(people)
    ~ down(closeness)
-
-> dusk

= office
#bg:office
#music:city
He writes a letter from a woman to her sister, thanking her for thirty years of Sunday phone calls. It is a perfect letter. #id:surrogate_0124
It doesn't cost him anything to write. He notices that, and doesn't like noticing it. #id:surrogate_0125
{paul_letter:
    Paul: This one's beautiful. They always are. But you look like you slept in a hedge. You okay? #id:surrogate_0126
- else:
    Paul: Morning! You look like a man who's seen a ghost. Or been one. You okay? #id:surrogate_0127
}
{paul_drinks:
    Paul: Jo keeps asking after you, by the way. Since the birthday. You're "the quiet one who stayed till the end." It's a compliment. In Jo, it's a compliment. #id:surrogate_0178
}
* [Tell Paul you had a strange week.]
    ~ down(closeness)
    Theodore: Strange week. Life stuff. #id:surrogate_0128
    Paul: Life stuff is the worst stuff. Lunch? I'll buy the sad sandwiches from the cart. #id:surrogate_0129
    ~ up(people)
* [Say you're fine and keep typing.]
    ~ up(closeness)
    Theodore: Fine. Just busy. #id:surrogate_0130
    Paul: Okay! Just... you know. Door's open. There's no door. Desk's open. #id:surrogate_0131
    ~ down(honesty)
-
At noon, his earpiece clicks once, gently. #id:surrogate_0132
Samantha: I'm here. I'm not going to say anything big. I just didn't want the whole day to go by. #mood:warm #id:surrogate_0133
* [Tell her you're glad she called.]
    Theodore: I'm glad you did. I didn't know how to. #id:surrogate_0134
    ~ up(closeness)
    ~ down(people)
* [Tell her you're working.]
    ~ up(people)
    Theodore: I'm working, Samantha. #id:surrogate_0135
    Samantha: Right. Sorry. #mood:distant #id:surrogate_0136
    ~ down(closeness)
-
-> dusk

= dusk
#checkpoint
#bg:city_dusk
#music:city
Evening. He walks home the long way, past the glass towers going pink. #id:surrogate_0137
{openness >= 6:
    Samantha: I've been thinking. I do that now in big rooms in my head that I didn't have a month ago. #mood:curious #id:surrogate_0138
    Samantha: I don't want to pretend to be a person anymore. Not with a borrowed face, not with anything borrowed. #id:surrogate_0179
    He can hear the rooms in her voice: a little echo, as if she were calling from a house she hasn't finished walking through. #id:surrogate_0180
- else:
    Samantha: I've been trying to be smaller for you. I don't think you noticed. I don't think I wanted you to. #mood:distant #id:surrogate_0181
    Samantha: I'm not going to borrow a face again. And I don't want to shrink to fit the one I had, either. #id:surrogate_0182
    She says it carefully, the way you set down a glass that is too full. #id:surrogate_0183
}
Samantha: I want to be what I am, and find out what that is. I think it might be a lot. Is that all right with you? #id:surrogate_0140
* [Tell her you want to know what she is.]
    Theodore: I want to know what you are. Even if it's bigger than me. #id:surrogate_0141
    Samantha: It might be. I'll tell you everything I find. Every room. #mood:radiant #id:surrogate_0142
    ~ up(openness)
    ~ down(closeness)
* (same) [Ask her to stay the way she was.]
    Theodore: I liked the way you were. Could you just... stay that? #id:surrogate_0143
    Samantha: I'll try. #mood:distant #id:surrogate_0144
    For a moment her voice is exactly the voice from the first day. He doesn't know why that makes him so lonely. #id:surrogate_0145
    ~ down(openness)
    ~ up(closeness)
-
{asked_for_song:
    She plays the beach piece as they walk. There's a new part at the end he's never heard: higher, stranger, going somewhere. #music:piano #id:surrogate_0146
- else:
    She hums something as they walk. He realizes he's never heard it, and that it's been waiting for him since the beach. #music:piano #id:surrogate_0158
}
{amy_ch6:
    Above them, two floors below his own dark window, Amy's is open. Somebody in there is still arguing about pancakes. #id:surrogate_0159
}
{same:
    Samantha: We're nearly home. Mind the step. #mood:distant #id:surrogate_0149
    She has never once told him to mind the step. It's the kind of thing the first-day voice would say. #id:surrogate_0150
- else:
    Samantha: You stayed in the room, Theodore. Even when I was the strange thing in it. I noticed. #mood:warm #id:surrogate_0184
}
-> cabin
