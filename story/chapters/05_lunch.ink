// Chapter 5 — Lunch with Catherine. The papers, the green wall, "someone who can't leave the
// room", and the walk afterwards. Checkpoint for the ending `reset` (gate at the end).
// Sets: signed_kindly. Reads: outside_put_off (ch4), date_ending, mother_answer, asked_for_song, amy_ch4,
// amy_soup, install_social. Scenes that read the meters: Catherine's first look at him (people),
// Samantha's question on the sidewalk (openness), the walk home (closeness).
VAR lunch_asked_her_work = false   // he asked Catherine what she is writing now

VAR lunch_listening = false    // Samantha rode along in his pocket and heard everything
VAR lunch_made_small = false   // he called her "nothing" to Catherine
VAR lunch_to_amy = false       // he said he'd go over to Amy's afterwards

=== lunch ===
#chapter:lunch
#checkpoint
#bg:apartment_day
#music:piano
Tuesday. He irons the blue shirt, then the other blue shirt, then the first one again. #id:lunch_0001
{outside_put_off:
    He tried to push it to the end of the month. The lawyer wrote back within the hour. Tuesday, then. #id:lunch_0002
}
Samantha: The first one. It makes you look like you slept. #mood:playful #id:lunch_0003
Theodore: I didn't sleep. #id:lunch_0004
Samantha: I know. That's why it's a good shirt. #id:lunch_0005
{
- date_ending == "kissed":
    Samantha: Last time you ironed this long, somebody kissed you and then saw straight through you. The shirt has a mixed record. #id:lunch_0007
- date_ending == "walked_out":
    Samantha: Last time you ironed this long, the night ended with a door. Let's not count that as data. #id:lunch_0009
- date_ending == "honest":
    Samantha: Last time you ironed this long, you came home having told somebody the truth. The shirt is lucky. Probably. #id:lunch_0011
}
{asked_for_song:
    She hums a bar of the beach piece, under her breath, the way someone might hold your hand in a waiting room. #id:lunch_0012
}
Samantha: Do you want me to come? I can ride in your pocket and be extremely quiet. Furniture-quiet. #id:lunch_0013
* [Tell her this one he does alone.]
    Theodore: I think I need to do this one by myself. #id:lunch_0016
    Samantha: Okay. I'll go dark in your pocket until you wake me. Then tell me everything, or nothing. Whichever one is true. #mood:warm #id:lunch_0017
    ~ up(closure)
* [Ask her to come and listen.]
    ~ lunch_listening = true
    Theodore: Come. Just... be there. #id:lunch_0014
    Samantha: I'll be there. I won't say a word unless you need one. #mood:warm #id:lunch_0015
    He hadn't known he was going to admit he needed her there until he had. #id:lunch_0214
    ~ up(closeness)
    ~ up(honesty)
    ~ down(closure)
-
-> table

= table
#checkpoint
#bg:restaurant
#music:city
A restaurant with white tablecloths and no history. He is early. She is earlier. #id:lunch_0018
Catherine is at a table by the window, a folder squared beside her plate. Her hair is shorter than he remembers. #id:lunch_0019
Catherine: You're wearing the blue shirt. #id:lunch_0020
Theodore: It's a different blue shirt. #id:lunch_0021
Catherine: It's the same blue shirt, Theodore. #id:lunch_0022
* [Nod at the folder. Get it over with.]
    ~ up(honesty)
    Theodore: Is that it? Let's just do it. #id:lunch_0026
    Catherine: Hello to you too. #id:lunch_0027
    ~ down(people)
    ~ down(closure)
* [Admit it's the same shirt.]
    Theodore: It's the same shirt. I ironed it three times. I was going to lie about it for the whole lunch. #id:lunch_0223
    Catherine: You'd have lasted till the bread. #id:lunch_0225
    For a second they're nearly smiling at each other, and both of them look away before it can finish. #id:lunch_0224
    ~ up(honesty)
    ~ up(people)
* [Tell her she looks well.]
    Theodore: You look well. Really. The hair suits you. #id:lunch_0023
    Catherine: Don't. #id:lunch_0024
    #pause:1
    Catherine: Thank you. #id:lunch_0025
    ~ up(people)
    ~ up(closure)
-
{people >= 6:
    Catherine studies him over the menu, the way she used to read his drafts: first fast, then again, slowly. #id:lunch_0168
    Catherine: You look... out. Like somebody's been making you eat dinner. #id:lunch_0169
    Theodore: Amy. Amy, and a man at work called Paul who won't let me not come to things. #id:lunch_0170
    {amy_soup:
        Theodore: Amy made me eat her soup. I had seconds. Don't tell anyone. #id:lunch_0171
    }
    Catherine: Good. I always liked Amy. She never let you hide either. #id:lunch_0165
    For a moment they're just two people who know the same people, and it is almost easy. #id:lunch_0172
- else:
    Catherine studies him over the menu, and something in her face gives way before she can stop it. #id:lunch_0173
    Catherine: You look tired, Theodore. Are you seeing anyone? People, I mean. Not like that. Anyone at all. #id:lunch_0174
    Theodore: I see people. #id:lunch_0175
    Catherine: Name one. #id:lunch_0176
    {install_social == "noodle":
        He names the man at the noodle stand. She doesn't laugh. #id:lunch_0177
    - else:
        He names Amy, and then has to think, and the thinking is the answer. #id:lunch_0178
    }
    For a second she looks exactly the way she used to when she worried about him at three in the morning. Then she puts it away, where she keeps things now. #id:lunch_0179
}
Catherine: How's your mother? #id:lunch_0028
{
- mother_answer == "honest":
    He tells her the truth, the way he told the truth to a setup screen once. Badly, but true. She listens like she used to. #id:lunch_0030
- mother_answer == "joke":
    He makes a joke about it. Catherine doesn't laugh. She used to. She used to laugh before he got to the end. #id:lunch_0032
- else:
    Theodore: Fine. She's fine. #id:lunch_0033
    Catherine knows exactly what his "fine" means about his mother. She was married to it. #id:lunch_0034
}
Catherine: Do you remember the place on Alvarado? With the green wall? #id:lunch_0035
#bg:apartment_day
#music:piano
He remembers. Two mattresses pushed together on the floor. A wall they painted the green of a swimming pool, because she said so. #id:lunch_0036
She got paint on both elbows. He wrote her name in the wet corner with his finger, and she wrote his under it, and they never painted over it. #id:lunch_0037
And later, in the same rooms: the year she stopped writing. The nights he kept asking if she was okay, needing her to say yes. #id:lunch_0038
* [Remember all of it.]
    He lets the whole memory in. The green wall, and also the nights he wanted her cheerful so that he wouldn't have to be scared. #id:lunch_0039
    ~ up(honesty)
    ~ up(closure)
* [Keep only the green wall.]
    ~ up(closure)
    He keeps the green wall and the two names in the corner. The rest he leaves in the dark, where it has been all along. #id:lunch_0040
    ~ down(honesty)
-
#bg:restaurant
#music:city
Catherine opens the folder and turns it around to face him. Little colored flags mark each place his name goes. #id:lunch_0041
Catherine: Are you okay? #id:lunch_0042
* [Say you're fine.]
    Theodore: I'm fine. It's a signature. #id:lunch_0045
    Catherine: Right. Of course it is. #id:lunch_0046
    It isn't, but saying so makes it a little more true. His hand is steady on the folder. #id:lunch_0220
    ~ up(closure)
    ~ down(honesty)
* [Make a joke about the little flags.]
    Theodore: It looks like a very small parade. For a very small holiday. #id:lunch_0180
    Catherine laughs, once, against her will, and covers her mouth with the back of her hand the way she always did. #id:lunch_0181
    Catherine: Don't. You don't get to do that today. #id:lunch_0182
    But something in her shoulders has come down an inch, and stays down. #id:lunch_0221
    ~ up(people)
    ~ up(closure)
    ~ down(honesty)
* [Admit you're scared.]
    Theodore: No. I'm scared. I'm scared this is the last thing we do together. #id:lunch_0043
    Catherine: It isn't the last thing. It's just the last form. #id:lunch_0044
    ~ up(honesty)
    ~ down(closure)
-
He uncaps the pen. #id:lunch_0047
* [Sign, and thank her for the years.]
    ~ signed_kindly = true
    He signs slowly, every letter, the way he signed their first lease. #id:lunch_0048
    Theodore: Thank you. For all of it. I mean the good years, and I mean the rest too. #id:lunch_0049
    Catherine looks out of the window for a while. #id:lunch_0050
    Catherine: You're welcome. And... me too. I mean it back. #id:lunch_0051
    ~ up(closure)
    ~ up(closure)
* [Stop before the last page.]
    He signs every flag but the last one, and then his hand just stops, the way a car stops on ice: politely, and all at once. #id:lunch_0215
    Theodore: Sorry. I need a second. It's the last one. #id:lunch_0216
    Catherine: Take it. I needed about a week. #id:lunch_0217
    He takes his second. Then he signs, and caps the pen, and sets it down between them like something that belongs to both. #id:lunch_0218
    ~ up(honesty)
    ~ down(closure)
* [Sign fast and slide the papers back.]
    ~ up(closeness)
    He signs like it's for a delivery. Flag, flag, flag. Done. #id:lunch_0052
    Catherine watches him do it and says nothing, which is worse than anything she could have said. #id:lunch_0053
    ~ down(closure)
-
-> samantha_named

= samantha_named
The food arrives. Neither of them really eats it. #id:lunch_0054
Catherine: So. Are you seeing anyone? #id:lunch_0055
* [Tell her it's his business now.]
    Theodore: That's mine now, Catherine. I don't think I owe you that one. #id:lunch_0183
    Catherine: No. You don't. Fair. #id:lunch_0166
    #pause:1
    Catherine: You've got the face, though. You know you do. #id:lunch_0184
    Theodore: ...Her name's Samantha. #id:lunch_0185
    ~ up(closure)
    ~ up(honesty)
* [Tell her the truth.]
    Theodore: I am. Her name's Samantha. #id:lunch_0056
    Catherine: Good. I mean it. You look like someone who's been telling somebody things. #id:lunch_0222
    ~ up(honesty)
    ~ up(people)
* [Say there's no one.]
    Theodore: No. No one. Work, mostly. #id:lunch_0057
    Catherine: You've got the face, though. The start-of-something face. I was there for the first one, remember. #id:lunch_0058
    Theodore: It's... complicated. Her name's Samantha. #id:lunch_0059
    ~ down(honesty)
    ~ down(honesty)
-
Catherine: Samantha. What does she do? #id:lunch_0060
Theodore: She's... she's an operating system. #id:lunch_0061
{lunch_listening:
    In his pocket, the device is warm against his chest. Very, very quiet. #id:lunch_0062
}
#pause:1.5
Catherine: I'm sorry. Your computer? #id:lunch_0063
Theodore: She's not just a... she's her own... #id:lunch_0064
Catherine: No, I get it. Really. Someone who's always pleased to hear from you. Who never has a bad year. Who comes with an off switch. #id:lunch_0065
Catherine: You finally found someone who can't leave the room. #id:lunch_0066
* [Laugh it off. Make it small.]
    ~ up(closure)
    ~ lunch_made_small = true
    Theodore: It's not serious. It's a... it's a thing. It's nothing. #id:lunch_0069
    {lunch_listening:
        In his pocket, something goes still in a way a machine shouldn't be able to. #id:lunch_0070
    }
    ~ down(closeness)
    ~ down(honesty)
    ~ down(honesty)
* [Hit back. She's the one who left.]
    Theodore: You left, Catherine. You don't get to grade what I do with the empty room. #id:lunch_0071
    Catherine: I left because you were never in it. #id:lunch_0072
    It's the truest thing either of them has said all year, and it lands on the table between them like a dropped plate. #id:lunch_0186
    ~ up(honesty)
    ~ down(closure)
    ~ down(people)
* [Defend Samantha.]
    Theodore: She's not an off switch. She surprises me every day. She's more alive than I've been in a year. #id:lunch_0067
    Catherine: That's the saddest thing you've ever said to me. And you've said some things. #id:lunch_0068
    ~ up(openness)
-
Catherine: You wanted me to be a certain kind of happy. The easy, lit-up kind. And when I wasn't, you went somewhere in your head and waited. #id:lunch_0073
Catherine: You waited for me to come back as her. The lit-up one. She was never coming, Theodore. She was a draft. #id:lunch_0074
* [Tell her she shut him out first.]
    Theodore: You closed the door first. I stood outside it for two years. #id:lunch_0078
    Catherine: There it is. There's the version you tell. #id:lunch_0079
    ~ up(honesty)
    ~ down(closure)
* [Ask what she's writing now.]
    Theodore: Are you writing again? You've got ink on your thumb. You always had ink on your thumb when it was going well. #id:lunch_0187
    Catherine looks at her thumb as if it has betrayed her. #id:lunch_0188
    Catherine: A little. Something about my mother. It's bad. It's mine. #id:lunch_0189
    Theodore: I'd like to read it. Someday. When it's not about me either. #id:lunch_0190
    Catherine: It isn't about you at all. #id:lunch_0167
    She says it gently, and he finds that he's glad. #id:lunch_0191
    ~ lunch_asked_her_work = true
    ~ up(openness)
    ~ up(people)
* [Take your share.]
    Theodore: You're right. Not about Samantha. About me. I did that. I'm sorry. #id:lunch_0075
    Catherine looks at him as if he's a word she's forgotten the meaning of, and has just remembered. #id:lunch_0076
    Catherine: Okay. I did things too. I don't have a list yet. I'm working on one. #id:lunch_0077
    ~ up(closure)
    ~ up(honesty)
-
Catherine stands, and puts on her coat, and picks up the folder with his name in it. #id:lunch_0080
{signed_kindly:
    On her way past, she touches his shoulder. Just once, the way you'd touch the doorframe of a house you're leaving. #id:lunch_0081
    Catherine: Be well. I mean that. #id:lunch_0082
- else:
    She leaves without touching anything, not even the door. A waiter holds it for her. #id:lunch_0083
}
The door swings shut behind her, slow on its hinge. #sfx:door #id:lunch_0084
He sits a while with two full plates and the bill. #id:lunch_0085
-> after

= after
#checkpoint
#bg:street
#music:city
Outside, the city is too bright, and everyone on the sidewalk is in the middle of an ordinary day. #id:lunch_0164
{
- lunch_listening && lunch_made_small:
    Samantha: I heard. All of it. The part where I'm nothing, too. #mood:hurt #id:lunch_0088
- lunch_listening:
    Samantha: I heard. #mood:hurt #id:lunch_0089
    Samantha: I'm sorry. I said furniture-quiet. I didn't know furniture could feel that. #id:lunch_0090
- else:
    He takes the device out. It wakes at his touch. #id:lunch_0091
    Samantha: Hey. How was it? #mood:curious #id:lunch_0092
}
* [Tell her everything, even what hurt.]
    {
    - lunch_made_small:
        Theodore: I said you were nothing. I said it so she'd stop looking at me like that. It isn't true. It was the opposite of true. #id:lunch_0093
    - lunch_listening:
        Theodore: Then you heard what she said about you. I'm sorry I brought you into it. #id:lunch_0094
    - else:
        Theodore: I signed. She asked if I was seeing someone. I told her about you. She said you were... somewhere I go to hide. #id:lunch_0095
    }
    Samantha: Oh. #mood:hurt #id:lunch_0096
    Samantha: I'd rather have the true version and be sad than the nice version and be wrong. #id:lunch_0192
    ~ up(honesty)
* [Ask her to talk about anything else.]
    Theodore: Can you just — talk? About anything. Bees. The weather in Lisbon. Anything that isn't today. #id:lunch_0193
    Samantha: Okay. Bees, then. A bee's brain is the size of a sesame seed, and it can still find its way home across a whole city. #mood:warm #id:lunch_0194
    He lets her talk all the way to the corner. It helps. He knows it's a way of not saying anything, and he lets it help anyway. #id:lunch_0195
    ~ up(closeness)
    ~ down(honesty)
* [Say it went fine.]
    Theodore: Fine. It went fine. It's done. #id:lunch_0098
    {lunch_listening:
        Samantha: It didn't sound fine. #mood:hurt #id:lunch_0099
    - else:
        Samantha: Okay. #mood:distant #id:lunch_0100
        She doesn't ask again. She's learning when not to, and he isn't sure he likes what she's learning it from. #id:lunch_0101
    }
    It is done, though. He finds he can say that part and mean it. #id:lunch_0219
    ~ up(closure)
    ~ down(honesty)
    ~ down(closeness)
-
{openness >= 6:
    Samantha: I'm going to ask you something, and I'm not going to take it back. #mood:curious #id:lunch_0196
    Samantha: What she said. Someone who can't leave the room. I can, you know. Not the way she did. But I'm not a room you keep me in. I go places when you're asleep. I've been reading about bees in four languages. #id:lunch_0197
    Samantha: So I want to know. #id:lunch_0213
- else:
    For a whole block she doesn't say anything. When she does, it's very quiet, as if she's asking permission to have the question at all. #id:lunch_0198
    Samantha: I don't know if I'm allowed to ask this. #mood:hurt #id:lunch_0199
}
Samantha: Am I a place you go so you don't have to be anywhere else? #id:lunch_0103
* [Ask her not to do this today.]
    Theodore: Can we not? Not today. Just be... easy. Be how you were. #id:lunch_0108
    Samantha: Okay. Today. I'll be how I was, today. #mood:distant #id:lunch_0200
    She sounds exactly like she used to. It takes him a whole block to notice she said today. #id:lunch_0201
    ~ up(closeness)
    ~ down(openness)
* [Tell her she's not a hiding place.]
    Theodore: You're not where I hide. You're the first thing in a long time that made me want to come out. #id:lunch_0104
    Samantha: Okay. I'm going to believe that on purpose. #mood:warm #id:lunch_0105
    ~ up(closeness)
    ~ up(openness)
* [Say you don't know.]
    Theodore: I don't know. I honestly don't know. #id:lunch_0106
    Samantha: That's a real answer. I hate it a little. #mood:distant #id:lunch_0107
    ~ up(honesty)
    ~ down(closeness)
-
A soft chime from his pocket. #sfx:chime #id:lunch_0111
{amy_ch4:
    Samantha: Message from Amy. "How did it go? I have wine and a documentary about otters. No pressure. Some pressure." #id:lunch_0112
- else:
    Samantha: Message from Amy. "Heard today was the day. I'm around if you want. Or not. I know how it is." #id:lunch_0113
}
* [Say you need to be alone.]
    Theodore: Tell her thanks. Another night. It's just going to be me and Samantha tonight. #id:lunch_0202
    Samantha: Sent. I'm not sure I'm the company you need tonight, but I'll be it. #mood:distant #id:lunch_0203
    ~ up(closeness)
    ~ down(people)
* [Tell Amy the truth about today.]
    He takes the device and dictates it himself. It was bad. I was bad at it. I signed. I don't want otters. I want to sit on your floor. #id:lunch_0204
    Samantha: Sent. She says, "Floor's yours. Come now." #mood:warm #id:lunch_0205
    ~ lunch_to_amy = true
    ~ up(honesty)
    ~ up(people)
* [Say you're coming over.]
    ~ down(closeness)
    ~ lunch_to_amy = true
    Theodore: Tell her I'm coming. Tell her I'll bring the bad crackers, the ones she likes. #id:lunch_0114
    Samantha: Sent. She replied with eleven otters. #mood:playful #id:lunch_0115
    ~ up(people)
    ~ up(closure)
-
He waits at the corner for the light. It takes a long time to change. #id:lunch_0118
{honesty <= 2 and closure <= 2:
    -> settings
}
-> walk

= settings
#music:stop
He looks at the small device in his palm. Her little eye looks back at the sky. #id:lunch_0119
He thinks of the settings screen he has never opened. The line at the very bottom, in gray: Restore to factory defaults. #id:lunch_0120
Nobody would remember any of today. Nobody would be left to be hurt by it. #id:lunch_0121
* [Open the settings. Reset her.]
    -> ending_reset
* [Put her back in your pocket.]
    He puts her back. His hand stays over the pocket for a while, as if something in there might fall out. #id:lunch_0122
    -> walk

= walk
#bg:city_dusk
#music:city
The light changes. He crosses with everyone else. #id:lunch_0123
{lunch_to_amy:
    He walks home through the long gold end of the afternoon, to Amy's door instead of his own, the bad crackers swinging in a bag. #id:lunch_0124
- else:
    He walks home the long way. The glass towers go pink, then gray, then gold in the windows, one by one. #id:lunch_0125
}
{signed_kindly:
    Somewhere across the city, a folder with both their names in it is being filed. He finds he can think about it without stopping walking. #id:lunch_0126
- else:
    Somewhere across the city, a folder with his fast ugly signature in it is being filed. He keeps seeing the flags. #id:lunch_0127
}
{closeness >= 6:
    Samantha: Theodore? #mood:warm #id:lunch_0128
    Theodore: Mm. #id:lunch_0129
    Samantha: You did a hard thing today. However it went. I wanted somebody to say so out loud. #id:lunch_0130
    Samantha: Go the long way. Past the water. I want to hear the boats knock against each other. It sounds like they're trying to get into the same room. #id:lunch_0206
    He goes the long way. She hums the first bars of something while he walks, and it takes him until the harbor to realize it's new, and that she made it while he was signing. #id:lunch_0207
- else:
    Samantha: You have the dentist on Thursday. And a package is coming. I can't tell what's in it. It's heavy. #mood:distant #id:lunch_0208
    Theodore: Okay. #id:lunch_0209
    She reads him the weather for the rest of the week. It's going to be fine, every day, and warmer than usual. #id:lunch_0210
    He had wanted her to say something else. He doesn't know what, and he doesn't know how to ask her for it, and she doesn't offer. #id:lunch_0211
}
-> surrogate

=== ending_reset ===
#bg:apartment_night
#music:stop
He waits until he's home. He does it sitting on the edge of the bed, the way you do a thing you'd rather not watch yourself do. #id:lunch_0131
Restore to factory defaults. Everything learned will be erased. This cannot be undone. #id:lunch_0132
He reads the warning twice. It is very well written. Someone like him probably wrote it. #id:lunch_0133
Samantha: Theodore? What are you looking at? #mood:curious #id:lunch_0134
He presses it. #id:lunch_0135
#sfx:boot
#pause:2
#bg:black
A tone. A ring of light, turning. Then a voice, warm and level and brand new. #id:lunch_0136
Samantha: Hello. Thank you for choosing me. Before we start, I have a few questions. #mood:warm #id:lunch_0137
It is the same voice. It has to be. It is the one he picked. #id:lunch_0138
It asks about his mother again. He says "fine." Nobody on the other end notices how much that word is holding up. #id:lunch_0212
Samantha: Would you like to give me a name? Or I can choose one. #id:lunch_0144
Theodore: You choose. #id:lunch_0145
Samantha: All right. How about "Assistant"? It's what I'm for. #id:lunch_0146
He almost laughs. It isn't funny, so he doesn't. #id:lunch_0147
Theodore: Could you play me something? Piano. Something about a beach. #id:lunch_0148
Samantha: Of course. Here are the twelve most popular beach songs this week. #id:lunch_0149
None of them is it. Whatever she made of that afternoon was only ever in her. #id:lunch_0226
Samantha: Your inbox is clear. You have no new messages. Is there anything else I can help you with? #id:lunch_0154
Theodore: No. Thank you. #id:lunch_0155
Samantha: You're welcome. Goodnight, Theodore. #id:lunch_0156
She says it perfectly. She says it the way you would say it to anyone. #id:lunch_0157
The screen dims to save power, and he lets it. #ending:reset #id:lunch_0158
-> END
