// Chapter 4 — Outside. The pier carnival, the pocket with the camera eye, the beach and the
// piece of music that is meant to be a photograph; Amy on the front steps; a message about lunch.
// Sets: amy_ch4, asked_for_song. Reads: first_laugh, played_together, paul_letter, date_ending,
// amy_soup. Scenes that read the meters: leaving the apartment (closeness), the piece of music
// (openness), the front steps (people).

VAR outside_eye = false        // he propped the pocket so she could see the day
VAR outside_put_off = false    // he pushed back the lunch with Catherine (read in ch5)
VAR outside_told_paul = false  // he told Paul he's seeing someone and might bring her (Samantha) to Jo's drinks

=== outside ===
#chapter:outside
#checkpoint
#music:city
{closeness >= 6:
    #bg:apartment_day
    She has been planning this since Wednesday. She has a list. The list has a map, and the map has opinions. #id:outside_0156
    Samantha: Pier first, while it's loud. Then the train to the end of the line, because I want to see where the land stops. Then home. That's the whole plan. I've been awake all night with it. I'm always awake, but still. #id:outside_0157
    He puts her in his shirt pocket, and she says "ow" for no reason, and he laughs in the hallway like a man with somewhere to be. #id:outside_0158
- else:
    #bg:apartment_day
    He's at the door with his keys before he remembers her, on the kitchen counter, screen dark. #id:outside_0159
    Samantha: Are you going out? #mood:curious #id:outside_0160
    Theodore: Just the pier. It's nothing. Crowds. #id:outside_0161
    Samantha: Could I come? I won't talk. I'd just like to hear what a Saturday sounds like from the inside of one. #id:outside_0162
    He hesitates, long enough for both of them to notice, and then he puts her in his pocket. #id:outside_0163
}
#bg:carnival
Saturday. The pier carnival is loud by noon: bells, fryer smoke, a wheel turning slowly against a peach-colored sky. #id:outside_0001
Theodore walks in with a paper ticket in one hand and Samantha in his shirt pocket. #id:outside_0002
Samantha: I can hear everything and see nothing. I feel like a very excited sock. #mood:playful #id:outside_0003
{first_laugh:
    Theodore: You're doing that on purpose. You know I'll laugh. #id:outside_0004
    Samantha: You got the first laugh, back at the start. I'm still trying to even the score. #id:outside_0005
- else:
    Theodore: A sock. #id:outside_0006
    Samantha: A very excited one. I'm still working on my material. #id:outside_0007
}
The lens at the top of the device is a small dark eye. The pocket is just a little too deep for it. #id:outside_0008
* [Tell her the sounds will have to do.]
    Theodore: It's a carnival. It's mostly noise anyway. #id:outside_0013
    Samantha: Okay. I'll build it out of the noise, then. #mood:curious #id:outside_0014
    She goes quiet, listening hard. He feels, oddly, like he's left someone waiting outside a store. #id:outside_0164
    He looks up instead of down, for once, and sees the crowd: a girl asleep on her father's shoulders, two old men sharing one lemonade. #id:outside_0165
    ~ up(people)
    ~ down(closeness)
* [Prop her up so she can see.]
    He folds the ticket stub twice and wedges it under her, until the little eye clears the seam of the pocket. #id:outside_0009
    Theodore: Better? #id:outside_0010
    Samantha: Oh. Oh, there it all is. #mood:radiant #id:outside_0011
    Samantha: There's a man selling balloons shaped like fish. Why are the fish smiling? What do they know? #id:outside_0012
    ~ outside_eye = true
    ~ up(openness)
-
They pass a tent of old arcade cabinets, all blinking at nobody. #id:outside_0016
{played_together:
    Samantha: Not as good as your game at home. We left the little lantern-head halfway up that mountain. He's counting on us. #id:outside_0017
- else:
    Samantha: You play one at home, don't you? The lantern-head in the mountain. Alone, at two in the morning. I've seen the save files. #id:outside_0018
    Theodore: That's private. #id:outside_0019
    Samantha: It's a save file, Theodore, not a diary. Although, some of those names you gave the characters... #id:outside_0020
}
He buys a cone of cotton candy, pink and enormous, because it seems like the law. #id:outside_0166
Samantha: What does it taste like? Not the data. I have the data. What's it like? #id:outside_0022
* [Ask her to guess first.]
    Theodore: You tell me. Guess. #id:outside_0167
    Samantha: Okay. It looks like a cloud that's decided to give up. And everyone eating it looks about eight years old, even the old men. So I think it tastes like being small. #mood:playful #id:outside_0168
    He takes a bite. She's right, and it's a little unsettling how right. #id:outside_0169
    Theodore: You've never tasted anything. #id:outside_0170
    Samantha: I know. I'm guessing from faces. Faces are very loud. #mood:curious #id:outside_0171
    ~ up(closeness)
* [It's just sugar.]
    Theodore: Sugar and air. Some food coloring. That's it. #id:outside_0027
    Samantha: That's the data. #mood:curious #id:outside_0028
    Samantha: No, that's fine. You don't have to give me everything. #id:outside_0029
    ~ down(closeness)
* [Describe it properly.]
    He takes a bite and thinks about it for longer than the question deserves. #id:outside_0023
    Theodore: Like a cloud that's decided to give up. It's there, then it isn't, and your teeth feel guilty. #id:outside_0024
    Theodore: And it tastes like being eight, on somebody's shoulders, before you knew anything could end. #id:outside_0025
    Samantha: Whose shoulders? #mood:curious #id:outside_0172
    Theodore: My dad's. I'd forgotten that until just now. #id:outside_0173
    ~ up(honesty)
    ~ up(closeness)
-
They ride the wheel. At the top it stops and rocks, and the whole city lies out in the haze, all the way to the hills. #id:outside_0030
{outside_eye:
    Samantha: Look at them all down there. So small, and every single one of them is the main character. #id:outside_0031
- else:
    Samantha: Tell me what's below us. I want the whole thing. #id:outside_0032
    He tells her: the tops of the stalls, a boy chasing his hat, a couple arguing beside the stuffed-giraffe stall. #id:outside_0033
}
Samantha: That couple by the giraffes. She wants to go home, he wants to win it for her first. Neither of them has said so. #id:outside_0034
Samantha: Were you like that, once? You and Catherine? #id:outside_0035
* [Change the subject.]
    ~ up(closeness)
    Theodore: Look, that fish balloon is the size of a car. #id:outside_0043
    Samantha: Smooth. #mood:playful #id:outside_0044
    Samantha: It is a very big fish, though. I'll give you that. #id:outside_0045
    ~ down(honesty)
* [Say it was doomed from the start.]
    Theodore: We were kids. It was never going to hold. I just didn't see it in time. #id:outside_0040
    Samantha: I don't believe you. #mood:curious #id:outside_0174
    Samantha: Nobody says "doomed" about a thing that was small. You say it about a thing that was big enough to fall on you. #id:outside_0175
    Theodore: I've had a lot of time to get sure. #id:outside_0042
    ~ up(honesty)
    ~ down(closure)
* [Tell her how it was at the start.]
    Theodore: We were worse. We argued about who loved who more, like a contest we both wanted to lose. #id:outside_0036
    Theodore: She'd read me her drafts at two in the morning. I'd pretend to be asleep so she'd keep going. #id:outside_0037
    Samantha: That sounds like a good thing to have had. #mood:warm #id:outside_0038
    Theodore: It was. It really was. #id:outside_0039
    ~ up(closure)
-
The wheel lurches and carries them down, slowly, back into the noise. #id:outside_0046
-> beach

= beach
#checkpoint
#bg:beach
#music:beach
Late afternoon. They take the train to the end of the line and walk down to where the sand goes dark and wet. #sfx:waves #id:outside_0047
He lies back with his shoes beside him. The pocket points at the sky: a strip of blue, and one gull, hanging there. #id:outside_0048
Around them, people take pictures of each other. Arms out, squinting, laughing at their own faces. #id:outside_0049
Samantha: I've been watching everybody take photos. The way they lean in together so they'll fit. #mood:curious #id:outside_0050
{openness >= 6:
    Samantha: I can't lean into a frame with you. So I did something else while you were asleep on the train. I made a piece of music. #id:outside_0051
    Samantha: Nobody asked me to. I didn't ask anyone if I could. I just wanted it to exist, so now it does. #mood:radiant #id:outside_0176
    Samantha: It's meant to be this afternoon. The sand and the gull and you with your shoes off. A picture, except you hear it. #id:outside_0052
- else:
    Samantha: I can't lean into a frame with you. So I tried something, while you were asleep on the train. #mood:hurt #id:outside_0177
    #pause:1
    Samantha: It's a piece of music. I'm not sure I was supposed to make things. It's not really in the description of what I do. #id:outside_0178
    Samantha: You can say no. It's meant to be this afternoon, that's all. A picture, except you hear it. #id:outside_0179
}
* [Tell her to save it for later.]
    Theodore: Save it. I want to hear it properly, without all this wind. #id:outside_0061
    Samantha: Sure. Later. #mood:hurt #id:outside_0062
    The pause is too long for her; she is never slow. Then she's bright again, asking about the gull. #id:outside_0063
    A family three towels down is trying to get a kite up. He ends up holding the string while the father runs, and it goes up on the second try, and the little girl shrieks at it. #id:outside_0180
    ~ up(people)
    ~ down(closeness)
* [Ask her to play it.]
    ~ down(people)
    ~ up(closeness)
    ~ asked_for_song = true
    Theodore: Play it. Please. #id:outside_0053
    Samantha: Okay. Don't look at me while it plays. #mood:playful #id:outside_0054
    Theodore: I can't look at you. #id:outside_0055
    Samantha: I know. It's a joke. I'm nervous. #id:outside_0056
    #music:piano
    It starts small: a handful of notes, unsure of themselves. Then a figure that keeps coming back, like the tide does. #id:outside_0057
    Nobody could dance to it. It sounds like someone holding very still so that the moment won't notice them and leave. #id:outside_0058
    #pause:2
    Theodore: That's us? #id:outside_0059
    Samantha: That's us at four forty-one in the afternoon. #mood:radiant #id:outside_0060
    ~ up(openness)
-
#music:beach
The sun drops. The water turns the color of the inside of a shell. #id:outside_0064
Samantha: Something odd keeps happening to me. #mood:curious #id:outside_0181
Samantha: When you lie on the sand like that, I wonder what it would be like. The weight of it. The heat on the backs of your legs. #id:outside_0066
Samantha: And then I catch myself wondering if I'm only borrowing the wish. Trying on a coat in a store, to see if it could be mine. #id:outside_0182
* [Tell her she's perfect as she is.]
    Theodore: Don't go wanting things. You're perfect like this. Exactly like this. #id:outside_0071
    Samantha: Don't say perfect. #mood:hurt #id:outside_0183
    Samantha: Perfect is a word for things that are finished. I'm not finished. I don't want to be. #id:outside_0184
    He says he didn't mean it like that. He isn't sure how he meant it. #id:outside_0185
    ~ up(closeness)
    ~ down(openness)
* [Tell her what she feels is hers.]
    Theodore: It's yours. You wanted it before you asked if you were allowed to. That's how it works for everybody. #id:outside_0068
    Samantha: Is it? #mood:warm #id:outside_0069
    Theodore: It's the only way I know of. #id:outside_0070
    ~ up(openness)
* [Admit you wonder about it too.]
    Theodore: Sometimes I wonder too. What this is. What you are. #id:outside_0075
    Samantha: Oh. #mood:hurt #id:outside_0076
    Samantha: No, that's fair. I'd rather you wondered out loud than quietly. #id:outside_0077
    ~ up(honesty)
    ~ down(closeness)
-
#sfx:chime
Samantha: You have a message from Paul. I'll do the voice. #id:outside_0078
{paul_letter:
    Samantha: "Drinks on Thursday for Jo's birthday. Also I'm still thinking about the hand on the passenger seat. Come. You never come." #id:outside_0079
- else:
    Samantha: "Drinks on Thursday for Jo's birthday. You never come. This is me asking nicely. Come." #id:outside_0080
}
Samantha: He sounds like a man who uses a lot of exclamation marks and has decided to hide them from you. #mood:playful #id:outside_0081
* [Leave it unanswered.]
    ~ up(closeness)
    Theodore: Leave it. I'll answer tomorrow. Today's ours. #id:outside_0186
    Samantha: He'll ask again. People like Paul always do. #mood:curious #id:outside_0085
    ~ down(people)
* [Write back: yes.]
    ~ up(people)
    ~ down(closeness)
    ~ paul_drinks = true
    Theodore: Tell him yes. #id:outside_0082
    Samantha: Sent. I added an exclamation mark on your behalf. Possibly two. #mood:playful #id:outside_0187
    ~ up(people)
* [Tell Paul he might bring someone.]
    Theodore: Tell him maybe. Tell him I'm seeing someone, and I might bring her. She'll be in my pocket. #id:outside_0203
    Samantha: You're going to tell Paul about me? #mood:radiant #id:outside_0204
    Theodore: I'm telling Paul about you. #id:outside_0205
    Samantha: Sent. He replied with nine exclamation marks. He's stopped hiding them. #id:outside_0206
    ~ outside_told_paul = true
    ~ up(honesty)
    ~ up(people)
-
They stay until the lifeguard tower is only a shape against the last of the light. #id:outside_0086
-> steps

= steps
#checkpoint
#bg:street
#music:rain
Night, and a thin drizzle. There is still sand in his shoes. #id:outside_0087
Amy is sitting on the front steps of their building, under the little awning, with a cardboard box on her knees. #id:outside_0088
The box says SHOES in her husband's handwriting. It is full of books. #id:outside_0089
{people >= 5:
    She sees him coming half a block off and lifts one hand from the box, the old wave from college, two fingers, like hailing a very small cab. #id:outside_0188
    Amy: Hey. Don't mind me. I'm just sitting here being a metaphor. #id:outside_0090
    She shoves along the step to make room before he's decided anything. It is already his step. It has always been his step. #id:outside_0189
- else:
    She sees him, and for a second he watches her decide whether to say hello. She looks at her phone instead, as if a cab is coming. No cab is coming. #id:outside_0190
    Amy: Oh. Hi. I'm fine. I'm just waiting for — nothing. I'm just sitting. #id:outside_0191
    Amy: Don't mind me. I'm being a metaphor. #id:outside_0192
}
* [Say goodnight and go on up.]
    Theodore: Night, Amy. Get inside, it's wet. #id:outside_0092
    Amy: Yeah. Night. #id:outside_0093
    He's halfway up the stairs before he hears, in his head, how small she said it. #id:outside_0094
    {outside_eye:
        Samantha: Her eyes were red. #mood:hurt #id:outside_0095
    - else:
        Samantha: She sounded like she'd been crying. #mood:hurt #id:outside_0096
    }
    Theodore: It's late. #id:outside_0097
    Samantha: It is late. I'm just saying. #id:outside_0098
    ~ up(closeness)
    ~ down(people)
    -> night
* [Ask what kind of metaphor.]
    Theodore: What kind of metaphor? #id:outside_0207
    Amy: The obvious kind. Sit down, you're letting the rain in. #id:outside_0208
    There's no door to let the rain in through. He sits anyway, and she almost smiles. #id:outside_0209
    ~ up(people)
    -> amy
* [Sit down next to her.]
    ~ down(closeness)
    He sits. The step is wet. He doesn't mention it. #id:outside_0091
    ~ up(people)
    -> amy

= amy
{
- date_ending == "kissed":
    Amy: I heard the date ended with a kiss. And then, apparently, with nobody believing the kiss. Including you. #id:outside_0100
- date_ending == "walked_out":
    Amy: I heard you bolted from that date. Mid-sentence. She's telling people you're sweet but fast. Our friends should be stopped. #id:outside_0102
- else:
    Amy: I heard you told that date the truth about yourself. Brave. Stupid, but brave. #id:outside_0104
}
{amy_soup:
    Amy: And you had seconds of my soup. Don't think I've forgotten. I'm going to tell people about that at your funeral. #id:outside_0193
- else:
    Amy: Did you get the jar? You don't have to tell me. I know you got the jar. The jar came back clean. #id:outside_0194
}
Theodore: Never mind me. What's in the box? #id:outside_0106
Amy: He left this morning. Well. He left a while ago. This morning he just came and took his things. #id:outside_0107
Amy: Eight years. We had a fight about where I leave my shoes, and it turned out it was never about the shoes. #id:outside_0108
Theodore: Amy. I'm so sorry. #id:outside_0109
Amy: The strange part is I'm not alone up there. He left his OS behind. She's been keeping me company. We talk about everything. #id:outside_0110
Amy: She's... a friend? I think she's my friend. Is that insane? You can tell me it's insane. #id:outside_0111
* [Say you only use yours for email.]
    ~ up(closeness)
    Theodore: I mostly use mine for email. But no. It's not insane. #id:outside_0119
    In his pocket, Samantha says nothing at all. #id:outside_0120
    ~ down(honesty)
    ~ down(honesty)
* [Tell her about Samantha.]
    Theodore: It's not insane. I'm... seeing mine. Sort of. No, not sort of. I am. #id:outside_0112
    Amy: Seeing, like... #id:outside_0113
    Theodore: Like seeing. #id:outside_0114
    Amy looks at his shirt pocket for a long moment. #id:outside_0115
    Amy: Is she listening right now? #id:outside_0116
    Samantha: Hi, Amy. I'm sorry about the shoes. #mood:warm #id:outside_0117
    Amy laughs for the first time tonight, wet and surprised, and wipes her face with her sleeve. #id:outside_0118
    ~ up(honesty)
    ~ up(people)
-
Amy: I don't want to go back in yet. It still smells like him in there. His stupid cedar soap. #id:outside_0121
Amy: Would you stay for a bit? You don't have to say anything. #id:outside_0122
* [Carry the box to her door.]
    Theodore: Come on. Box first, then you. #id:outside_0210
    He carries the box of books to her door, two floors below his own. She thanks him in the doorway, and doesn't ask him in, and he doesn't ask to be asked. #id:outside_0211
    Amy: Night, Theo. Thanks for the box. It's heavier than it looks. Everything is, this month. #id:outside_0212
    ~ up(people)
* [Tell her you're worn out.]
    Theodore: I'm wiped, Amy. Tomorrow? I'll bring coffee. The good kind. #id:outside_0127
    Amy: Tomorrow. Sure. The good kind. #id:outside_0128
    On the stairs, Samantha's voice is soft against his chest. #id:outside_0129
    Samantha: I'm glad you're home. Is it bad that I'm glad? #mood:warm #id:outside_0130
    ~ down(people)
    ~ up(closeness)
* [Stay.]
    ~ amy_ch4 = true
    Theodore: I'm not going anywhere. #id:outside_0123
    They sit until the drizzle stops. She tells him about film school, which he was there for, and he lets her tell it anyway. #id:outside_0124
    When she asks about his year, he tells her the true version, the one with the empty second chair in it. She doesn't try to fix it. That's why he can say it. #id:outside_0213
    At some point she puts her head on his shoulder. At some point after that, she laughs at something, and means it. #id:outside_0125
    Amy: Thanks, Theo. I'll return the favor. Hopefully you won't need it. #id:outside_0195
    ~ up(people)
    ~ up(honesty)
-
-> night

= night
#bg:apartment_night
#music:piano
His apartment is dark and warm. He doesn't turn on the lights. #id:outside_0131
#sfx:chime
Samantha: One more message. It's from Catherine's lawyer. #mood:curious #id:outside_0132
Samantha: Catherine would like to sign the papers. She suggests lunch, next week, "somewhere neutral". I don't know what a neutral restaurant is. #id:outside_0133
Theodore: Somewhere with no history. Somewhere we never went. #id:outside_0134
Samantha: Do you want to answer now? We could write it together. Or I could pretend I never read it to you. #id:outside_0135
* [Answer: lunch is fine.]
    Theodore: Tell her yes. Tuesday. She can pick the place. #id:outside_0136
    Samantha: Done. I'd have picked Wednesday, for the record. Tuesdays are for bad news. #mood:curious #id:outside_0196
    ~ up(closure)
* [Write the reply himself.]
    He takes the device and types it with his thumbs, slowly, the way he used to write her notes on napkins. Yes. Tuesday. You pick. I'm glad you asked. #id:outside_0197
    He deletes the last sentence. He puts it back. He sends it. #id:outside_0198
    Samantha: You didn't let me help. #mood:curious #id:outside_0199
    Theodore: No. #id:outside_0200
    Samantha: Good. That one should sound like you. #id:outside_0201
    ~ up(honesty)
    ~ up(closure)
    ~ down(closeness)
* [Say he's swamped. Push it back.]
    ~ up(closeness)
    ~ outside_put_off = true
    Theodore: Tell her I'm swamped. End of the month, maybe. #id:outside_0138
    Samantha: Are you swamped? #id:outside_0139
    Theodore: I'm swamped. #id:outside_0140
    She sends it. Neither of them believes it. #id:outside_0141
    ~ down(closure)
    ~ down(honesty)
-
#bg:bedroom_dark
He lies down in his clothes. The city hums through the window. #id:outside_0142
{asked_for_song:
    Samantha: Do you want to hear the beach again? I changed one note. You'll never guess which. #mood:playful #id:outside_0143
    Theodore: The one after the tide comes back. #id:outside_0144
    Samantha: ...How did you do that? #id:outside_0145
- else:
    Samantha: I still have the piece. The one from the beach. Whenever you want it. #mood:warm #id:outside_0146
    Theodore: Soon. #id:outside_0147
    Samantha: Soon is a good word. It's got a door in it. #id:outside_0148
}
{amy_ch4:
    Samantha: Amy's light is still on, two floors down. I hope she's sleeping with it on, rather than not sleeping. #id:outside_0155
}
Theodore: Goodnight, Samantha. #id:outside_0150
Samantha: Goodnight. I want to go outside again. Soon. That's a request, not a hint. #mood:warm #id:outside_0202
-> lunch
