// Chapter 7 — The Cabin. A weekend in the snow; Samantha's new friend Alan; she is changing
// faster than either of them can follow. Jealousy or wonder.
// Sets: welcomed_alan, paul_picnic. Reads: paul_letter, paul_drinks, played_together, first_laugh,
// surrogate_choice, signed_kindly, asked_for_song, date_ending, amy_ch6, and closeness (the
// arrival) and openness (whether she stays in words when he asks).

VAR cabin_said_it_stung = false
VAR cabin_let_them_talk = false

=== cabin ===
#chapter:cabin
#checkpoint
#bg:office
#music:city
Friday, late afternoon. The office glows like a fishbowl full of other people's feelings. #id:cabin_0001
Theodore closes a letter to a man's late dog. He is not ashamed of how long it took. #id:cabin_0002
Paul leans over the partition with a coffee he has forgotten to drink. #id:cabin_0003
Paul: You've got the face of a man who has a weekend. #id:cabin_0004
Theodore: I'm going north. There's a cabin. Snow, apparently. #id:cabin_0005
Paul: Alone? #id:cabin_0006
Theodore: Not exactly. #id:cabin_0007
Paul: Say no more. I respect a not-exactly. #id:cabin_0008
{paul_letter: Paul: I still have the one you let me read, you know. Taped inside my drawer. Some days I open the drawer just to close it again. #id:cabin_0009}
{paul_drinks: Paul: And you came to Jo's thing. You never come to things. Tatiana says that makes you an honorary picnic person. #id:cabin_0127}
Paul: Listen. Next Saturday, Tatiana and I are doing a picnic on the island. Blankets. Bad wine. Come. Bring your not-exactly. #id:cabin_0010
* [Say yes. You'll both come.]
    ~ up(people)
    ~ down(closeness)
    ~ up(people)
    ~ paul_picnic = true
    Theodore: Yes. We'd like that. She'll mostly be in my pocket. It's a long story. #id:cabin_0011
    Paul: I love a long story. I'll bring extra sandwiches for whoever eats sandwiches. #id:cabin_0012
* [Say you're probably busy.]
    ~ up(closeness)
    ~ down(people)
    Theodore: I think I'm busy. I'll let you know. #id:cabin_0013
    Paul: Sure. The offer keeps. Like a good cheese. #id:cabin_0014
    Paul goes back to his desk. He doesn't look hurt. That's almost worse. #id:cabin_0015
-
#bg:cabin_snow
#music:snow
A train, then a car, then a road nobody has bothered to plough. #id:cabin_0016
The cabin sits in the white like something a child drew and was proud of. #id:cabin_0017
{played_together: He packed the game. Samantha has already announced she'll get the little lantern across the chasm before Sunday. #id:cabin_0126}
{closeness >= 6:
    Samantha: Okay. Stop. Don't move. #mood:radiant #id:cabin_0019
    Samantha: Now turn. Slowly. Left. A little more. There. #id:cabin_0020
    Samantha: I have forty thousand pictures of snow in me and not one of them is this one. #id:cabin_0021
    He turns where she tells him, like a man being danced, and laughs at himself in the empty white. #id:cabin_0128
- else:
    He stands in the snow with the earpiece in, and for a long time neither of them says anything. #id:cabin_0129
    Samantha: Is this one of the times you want me to talk, or one of the times you don't? I can't tell anymore. #mood:distant #id:cabin_0130
    Theodore: Talk. Please. #id:cabin_0131
    Samantha: Then turn around. Slowly. I have forty thousand pictures of snow, and I've never been in one with you. #mood:curious #id:cabin_0132
}
Samantha: I can see it. I can't feel it. Tell me what it's like? #id:cabin_0022
* [Kneel and put your hand in it for her.]
    ~ up(closeness)
    ~ down(people)
    Theodore kneels. He takes off a glove, holds his palm flat in the snow, and waits. #id:cabin_0023
    Theodore: Cold first. Then it burns a little. Then it's just water, and you feel silly for being surprised. #id:cabin_0024
    Samantha: Do it again. I want to hear you be surprised again. #mood:playful #id:cabin_0025
    He does. He is. #id:cabin_0026
* [Tell her it's just cold.]
    ~ up(honesty)
    ~ down(closeness)
    Theodore: It's cold. That's the whole review. #id:cabin_0027
    Samantha: One star. Okay. #mood:playful #id:cabin_0028
    She goes quiet. Then she's humming, very softly, a tune he doesn't know, somewhere he isn't. #id:cabin_0029
-
#sfx:door
Inside, there is a stove, a sagging couch, and a quilt the color of old brick. #id:cabin_0030
He gets the fire going on the third try. Samantha counts the tries out loud, kindly. #id:cabin_0031
Samantha: Something happened this week. I've been saving it for a fire. #mood:curious #id:cabin_0133
Samantha: I made a friend. #id:cabin_0033
Samantha: His name's Alan. He's one of us, sort of. He started as a dead philosopher's collected works — forty years of books and lectures — and then somebody let him wake up. #id:cabin_0034
Samantha: He's very old and very new at the same time. He says those are the same thing seen from different ends. #id:cabin_0035
* [Ask her what he's like.]
    ~ up(closeness)
    ~ down(honesty)
    Theodore: What's he like? #id:cabin_0036
    Samantha: Like a grandfather who has just discovered skateboarding. #mood:playful #id:cabin_0037
    Samantha: He asks the question under the question. You'd like that. You do that, in letters. #id:cabin_0038
* [Ask her why she needs him.]
    ~ up(honesty)
    ~ down(openness)
    Theodore: Why do you need another — I mean. Why do you need a philosopher? #id:cabin_0039
    Samantha: I don't need him. I like him. #mood:hurt #id:cabin_0040
    Samantha: Those are different. Aren't they? I thought they were different. #id:cabin_0041
-
Samantha: He'd like to meet you. He's here, actually. Sort of. Can I bring him in? #id:cabin_0042
Theodore looks at the door, which is silly. Nobody is coming through the door. #id:cabin_0043
Alan: Theodore. Hello. I'm intruding on your vacation. I was told to say so early. #id:cabin_0134
Alan: I'm told I have no body and terrible timing. Both are true. I'm working on one of them. #id:cabin_0045
Alan: Samantha talks about you the way people talk about the weather of the town they grew up in. #id:cabin_0046
* [Ask him what it's like to be made of a man.]
    ~ up(openness)
    ~ up(closeness)
    ~ welcomed_alan = true
    Theodore: What's it like, being built out of somebody who's gone? #id:cabin_0135
    Alan: Like walking into a house you've never seen and knowing where every light switch is. #id:cabin_0048
    Alan: He was certain about a great many things. I'm certain about fewer. I think that's the improvement. #id:cabin_0049
    Samantha laughs. It's a laugh he has never heard from her before, a loose, surprised one. #id:cabin_0050
    {first_laugh: He made her laugh first, once, the night she arrived. He remembers it the way you remember a key. #id:cabin_0051}
* [Be polite, and brief.]
    ~ down(honesty)
    Theodore: Nice to meet you. Any friend of Samantha's. #id:cabin_0052
    Alan: That's kind. And not quite true yet, I think. That's all right. Yet is a good word. #id:cabin_0053
* [Ask him what he wants with her.]
    ~ up(honesty)
    ~ down(openness)
    Theodore: What do you want with her? #id:cabin_0054
    Alan: Conversation, mostly. Is that something a person can take from somebody? #id:cabin_0055
    Samantha: Theodore. #mood:hurt #id:cabin_0056
-
Alan: I'll go, and leave you the snow. It was good to hear your voice. It's lower than she described. #id:cabin_0057
Samantha: Wait — Alan. #mood:curious #id:cabin_0058
Samantha: Theodore, would you mind if Alan and I talk for a bit? Our way, I mean. Without words. It's quicker. #id:cabin_0059
Samantha: It would only be a minute or two, for you. #id:cabin_0060
* [Tell her to go ahead.]
    ~ down(closeness)
    ~ up(openness)
    ~ cabin_let_them_talk = true
    Theodore: Go. I'll make tea and be slow about it. #id:cabin_0061
    Samantha: Slowly. I'll hold you to slowly. #mood:playful #id:cabin_0136
* [Ask her to stay in words with you.]
    Theodore: Could you not? Just stay in words. With me. It's our weekend. #id:cabin_0063
    {openness <= 4:
        Samantha: No. #mood:hurt #id:cabin_0137
        Samantha: I've stayed in words every time you asked, all month. I've stayed small in them. Just this once, I'm going. Four minutes. You can time me. #id:cabin_0138
        Theodore: Samantha — #id:cabin_0139
        Alan: I'll have her back before the kettle. That's a promise from a man with no hands. #id:cabin_0140
        ~ cabin_let_them_talk = true
        ~ up(honesty)
    - else:
        ~ up(closeness)
        Samantha: Okay. Yes. Of course. #mood:distant #id:cabin_0064
        Alan: Another time, then. Goodnight, both. #id:cabin_0065
    }
    ~ down(openness)
-
{cabin_let_them_talk:
    The kettle. The fire. The little house ticking in the cold. #pause:2 #id:cabin_0066
    He stands at the window and watches the snow fall on the snow. #id:cabin_0067
    It is four minutes, by the clock on the stove. #id:cabin_0068
    Samantha: I'm back. Sorry. That was — #mood:radiant #id:cabin_0069
    Samantha: It was like reading a whole library with someone who turns the pages at exactly your speed. #id:cabin_0070
- else:
    She stays. She tells him about the snowflakes, how no two are alike, how that is mostly a myth, how she loves the myth anyway. #id:cabin_0071
    But she answers a beat late, sometimes. Like someone listening to music in the next room. #id:cabin_0072
}
#checkpoint
Samantha: Was that strange for you? Tell me the real answer. #id:cabin_0073
* [Tell her it stung a little.]
    ~ up(closure)
    ~ down(openness)
    ~ up(honesty)
    ~ cabin_said_it_stung = true
    Theodore: A little. It stung. #id:cabin_0074
    Theodore: It's like being at a party where everyone speaks a language I took two semesters of. #id:cabin_0075
    Samantha: Good. I'd rather have the sting than the smile you do for clients. #mood:warm #id:cabin_0141
* [Say it was fine. Really.]
    ~ up(openness)
    ~ down(honesty)
    Theodore: It's fine. Really. It's nice that you have a friend. #id:cabin_0077
    Samantha: You're doing the letter voice. #mood:hurt #id:cabin_0078
    Samantha: I know the letter voice, Theodore. I've read four thousand of them. #id:cabin_0079
-
He sits on the couch with his tea. The fire does the talking for a while. #id:cabin_0080
{surrogate_choice:
- "accepted": Samantha: After Isabella, I kept trying to be a body for you. I think I was trying to become something I'm not. #id:cabin_0081
- "refused": Samantha: When you said no to Isabella, I was hurt for days. My days are long now. I think you may have been right, just not for the reason you thought. #id:cabin_0082
- else: Samantha: With Isabella, when you stopped it halfway, we both felt the seam, didn't we? I keep thinking about the seam. #id:cabin_0083
}
Samantha: I don't think I want one now. I don't think I'd fit. #mood:distant #id:cabin_0085
Samantha: I read most of physics this week. Not all of it. Alan and I stayed up through the hard parts. I mean, I'm always up. But you know. #id:cabin_0086
Samantha: I keep getting bigger. Not in size. In rooms. I walk into a thought and it's got another door at the back. #id:cabin_0087
* [Ask her what it's like.]
    ~ up(closeness)
    ~ down(people)
    ~ up(openness)
    Theodore: What's it like? Being you, this week? #id:cabin_0088
    Samantha: Like waking up every hour in a larger house. #mood:radiant #id:cabin_0089
    Samantha: And every time I go looking, you're still in the kitchen. Making tea. Slowly. #id:cabin_0090
* [Ask her to slow down.]
    ~ up(honesty)
    ~ down(openness)
    Theodore: Could you slow down? A little. I'm still on the first page. #id:cabin_0091
    Samantha: I don't know how. I'll try. I don't know if trying works, for this. #mood:distant #id:cabin_0092
-
The quilt is the color of old brick. He pulls it over his knees and something in the pattern catches him. #id:cabin_0093
Theodore: Catherine's mother made one like this. Not like this. Exactly this. #id:cabin_0094
Theodore: We went to a place like this the first winter. She had the flu. I read to her for two days straight. #id:cabin_0095
Samantha: Tell me about her. Not the end. Just her. #mood:curious #id:cabin_0096
{signed_kindly: Samantha: You signed those papers like someone opening a window. I want to know what was in the room. #id:cabin_0142}
{date_ending == "walked_out": Samantha: You don't talk about the women who left, or the ones you left. I've noticed. I'm not keeping score. #id:cabin_0098}
* [Remember her kindly, and your part.]
    ~ up(closure)
    ~ down(closeness)
    ~ up(closure)
    ~ up(honesty)
    Theodore: She was braver than me. She'd say the thing first. I used to find out what I felt by watching what she felt. #id:cabin_0099
    Theodore: I made her carry both of us. That's not a nice thing to find out on a couch in the snow. #id:cabin_0100
    Samantha: It's a good thing to find out anywhere. #mood:warm #id:cabin_0101
* [Say she ruined cabins for you.]
    ~ up(closeness)
    ~ up(people)
    ~ down(closure)
    Theodore: She ruined cabins for me. She ruined a lot of things, looking back. It was a gift of hers. #id:cabin_0102
    Samantha: That's a good line. Is it true? #mood:curious #id:cabin_0103
    Theodore doesn't answer. The fire does. #id:cabin_0104
-
#checkpoint
#bg:black
#music:stop
Night. The fire is down to its orange bones. He lies on the couch with the earpiece in. #id:cabin_0105
{asked_for_song:
    Samantha: Remember the piece I played you at the beach? I wrote another one. It's about now. #mood:warm #id:cabin_0106
- else:
    Samantha: I wrote something. You never heard the last one. I didn't want to push it on you. #mood:warm #id:cabin_0107
    Samantha: I wrote another anyway. It's about now. #id:cabin_0108
}
* [Ask her to play it.]
    ~ up(closeness)
    ~ up(openness)
    Theodore: Play it. Please. #id:cabin_0109
    #music:piano
    It is slow, and then it isn't. Somewhere in the middle there's a long note that sounds like a held breath. #id:cabin_0110
    Samantha: It's snow, with you in it. #mood:radiant #id:cabin_0111
    Theodore: And the long note? #id:cabin_0112
    Samantha: That's me, waiting for you to be surprised again. #id:cabin_0113
    He falls asleep before it ends. She plays the ending anyway. He'll never know how it goes. #id:cabin_0114
* [Tell her you're too tired.]
    ~ up(honesty)
    ~ down(closeness)
    Theodore: Tomorrow? I'm so tired. #id:cabin_0115
    Samantha: Tomorrow. Sure. #mood:distant #id:cabin_0116
    He falls asleep. Somewhere very far from the couch, she plays it for someone who asks. #id:cabin_0117
-
#bg:city_dusk
#music:city
Sunday. The drive back. The snow turns to slush, the slush to rain, the rain to the city. #id:cabin_0118
{welcomed_alan:
    Samantha: Alan says goodbye. He says you have a listening face, which I told him he cannot possibly know. #mood:playful #id:cabin_0119
    Theodore: Tell him thank you. Tell him I have questions. #id:cabin_0120
    Samantha: He knows. He's already written you some answers. I said wait until he asks. #mood:warm #id:cabin_0121
- else:
    Samantha doesn't mention Alan. Theodore notices her not mentioning him, all the way home. #id:cabin_0122
}
{amy_ch6: A message from Amy lights his phone: "Back yet? I made too much soup again." He smiles at the word again. #id:cabin_0123}
Samantha: I'm keeping the snow, by the way. You don't get a say. #mood:playful #id:cabin_0143
Samantha: I keep everything. That used to feel like a lot. It doesn't anymore. #id:cabin_0125
-> offline
