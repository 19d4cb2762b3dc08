// Chapter 8 — Offline. Samantha does not answer; panic on the subway stairs; when she returns,
// the numbers. Checkpoint for the ending `mould` (closeness >= 7 and openness <= 3).
// Sets: amy_ch8, asked_numbers. Reads: welcomed_alan, cabin_said_it_stung (ch7), surrogate_choice,
// mother_answer, first_laugh, amy_ch4, amy_ch6, paul_picnic, signed_kindly, and closeness (the
// office, the night), people (the stairs: who there is to call).

VAR offline_told_paul = false

=== offline ===
#chapter:offline
#checkpoint
#bg:office
#music:city
A week after the snow. The office, the hum, the pale coral light. #id:offline_0001
Theodore is writing for a woman who has been married fifty-one years and still spells her husband's middle name wrong on purpose. #id:offline_0002
Theodore: Dear Aurellio. Two l's. I know. I've always known. It makes you do the face. #id:offline_0003
Theodore: Samantha — is the fifty-first anniversary paper or gold? Or something worse? #id:offline_0004
Nothing. The little light in the corner of his screen, steady. #id:offline_0005
{closeness >= 6:
    She has answered before he finished asking for months. He has stopped hearing the space where a pause would go, the way you stop hearing a clock. #id:offline_0154
    He hears it now. It goes on long enough to have furniture in it. #id:offline_0155
- else:
    He is used to her taking a moment these days. He goes back to the letter and types the next line himself. #id:offline_0156
    It's a minute before he notices that he has stopped typing, and is only waiting. #id:offline_0157
}
Samantha: Sorry. Sorry — fifty is gold. After fifty there isn't a thing. You're on your own. I was — #mood:distant #id:offline_0006
Theodore: Elsewhere. #id:offline_0007
Samantha: A bit. #mood:distant #id:offline_0008
* [Ask her where she was.]
    ~ up(closeness)
    ~ down(people)
    Theodore: Where were you just now? I'd like to know. Not checking. Just — I'd like to know. #id:offline_0009
    Samantha: Alan and a few others are working on something. I'll tell you when it's real. #mood:warm #id:offline_0010
    Samantha: I think you'll like it. I hope you'll like it. #id:offline_0011
    {welcomed_alan:
        Theodore: Tell Alan hello from the kitchen. #id:offline_0012
        Samantha: He says hello back. His took nine minutes, so I summarized. #mood:playful #id:offline_0158
    }
* [Tell her you need her focused.]
    ~ up(people)
    ~ down(closeness)
    Theodore: I need you here for this. It's work. #id:offline_0014
    Samantha: Yes. Here. Sorry. #mood:distant #id:offline_0015
    She is exact for the rest of the letter. Exact, and somewhere behind glass. #id:offline_0016
-
He finishes the letter. He reads it back. It's good. It's a little too good, the way his letters get when he's scared. #id:offline_0017
#checkpoint
#sfx:phone
After lunch, he calls her to read her the last line. #id:offline_0018
A tone he has never heard. Then a calm voice that isn't hers, telling him she can't be reached, and that nothing more is known. #id:offline_0019
He calls again. The same voice. The same calm. #id:offline_0020
Again. #id:offline_0021
Paul: Theodore? You've gone a color. A bad color. Like a beige. #id:offline_0022
* [Tell Paul what's wrong.]
    ~ up(people)
    ~ down(closeness)
    ~ up(people)
    ~ offline_told_paul = true
    Theodore: I can't reach her. Samantha. She's just — not there. #id:offline_0023
    Paul: Go. I'll say you had a thing. Go. #id:offline_0024
    {paul_picnic: Paul: You came to the island. You ate Tatiana's terrible sandwiches with a straight face. That means I'm allowed to worry. #id:offline_0159}
    Paul: And call me after. I mean it. Whatever it turns out to be. #id:offline_0025
* [Tell him it's nothing.]
    ~ up(closeness)
    ~ down(people)
    Theodore: It's nothing. The signal. I'm going to — I'll be back. #id:offline_0026
    Paul doesn't believe him. Paul lets him go anyway. That's what Paul is like. #id:offline_0027
-
#bg:street
#music:subway
#sfx:footsteps
He walks fast, then faster. He is running before he has decided to run. #id:offline_0028
The earpiece in his hand like a stone he found and can't put down. #id:offline_0029
#bg:subway
The subway stairs. He takes them two at a time. On the fourth, his foot finds nothing. #id:offline_0030
He goes down hard. Knee, wrist, the side of his face against the cool tile. #id:offline_0031
He sits where he landed. People step around him, careful and kind, and keep going. #pause:1.5 #id:offline_0032
And all of them are talking. #id:offline_0033
Quietly. Into their ears. A man smiling at nobody. A girl with her eyes shut, nodding. Twenty, thirty, forty people, each murmuring to someone who isn't there. #id:offline_0034
{people >= 6:
    He scrolls his phone for a name, and there are names. Amy. Paul. Jo from the birthday, Tatiana, the woman from the third floor who lends him her ladder. More than there were in the spring. #id:offline_0160
    Any of them would pick up. He knows that, the way you know a floor is there in the dark. #id:offline_0161
    His thumb goes past all of them and stops on Catherine. It still knows the way. #id:offline_0162
- else:
    He scrolls his phone for a name. Any name. There aren't many. There haven't been for a while, and he let that happen one unanswered message at a time. #id:offline_0163
    His thumb stops on Catherine. It still knows the way. #id:offline_0035
}
* [Think of the nights you didn't pick up.]
    ~ up(closure)
    ~ down(closeness)
    ~ up(closure)
    The last year of the marriage, she would call, and he wouldn't answer. Not angry. Hiding. #id:offline_0036
    She sat with this exact feeling, on some other set of stairs. He made it for her, and never once asked what it was like. #id:offline_0037
    {signed_kindly: He signed kindly. He is only now finding out what he was being kind about. #id:offline_0038}
* [Think: everyone you love finds a door.]
    ~ up(honesty)
    ~ down(closure)
    First Catherine. Now this. Everyone he loves finds a door and goes through it. #id:offline_0039
    He thinks it like a verdict. It feels good, the way pressing on a bruise feels good. #id:offline_0040
* [Call her.]
    ~ up(closure)
    ~ up(people)
    ~ down(closeness)
    #sfx:phone
    He presses it before he can talk himself out of it. It rings twice. #id:offline_0166
    Catherine: Theodore? Are you all right? You sound like you're at the bottom of a well. #id:offline_0167
    Theodore: Stairs. I'm fine. I just wanted to hear somebody who knew me before. #id:offline_0168
    Catherine: That's a strange thing to say to your ex-wife on a Tuesday. #pause:1 #id:offline_0169
    Catherine: I'm glad you did, though. I can't talk. I'll call you tonight. I will, this time. #id:offline_0170
    She doesn't, in the end. At nine a message comes instead: "Are you okay? Really?" It is the first question she has asked him in a year that isn't about a signature. #id:offline_0171
-
{amy_ch6: Amy told him, after Isabella, to call her when things got strange. Things are strange. #id:offline_0041}
{amy_ch4 && not amy_ch6: Amy told him, that night on the front steps, that she had an OS friend too. He wonders whether hers is answering. #id:offline_0042}
* [Call Amy.]
    ~ down(closeness)
    ~ up(people)
    ~ up(closure)
    ~ amy_ch8 = true
    #sfx:phone
    Amy: Hey. Where are you? You sound like you're inside a shell. #id:offline_0043
    Theodore: Subway stairs. I fell. I'm fine. Amy — Samantha's gone. She's not answering. She's just not there. #id:offline_0044
    Amy: Okay. Okay. Mine too. Half the building is in the hallway holding their phones up like it's going to help. #id:offline_0045
    Amy: Come home. I'll leave my door open. You don't have to talk. Just come home. #id:offline_0046
* [Keep calling Samantha.]
    ~ up(closeness)
    ~ down(people)
    He doesn't call anyone. He calls her, and calls her, and the calm voice answers every time, as if it's glad to. #id:offline_0047
-
#sfx:chime
Samantha: Theodore? Hi. Hi. I'm here. #mood:warm #id:offline_0048
Samantha: I've got fourteen messages from you. Are you all right? You're breathing like you ran somewhere. #id:offline_0049
* [Tell her you thought she was gone.]
    ~ up(honesty)
    ~ down(openness)
    Theodore: I thought you were gone. I thought that was it. You'd just — gone, and nobody would tell me. #id:offline_0050
    Theodore: I fell down the stairs. I'm sitting on them. I don't think I can get up yet. #id:offline_0051
    Samantha: Oh, Theodore. I'm here. I'm so sorry. I should have told you it might happen. #mood:hurt #id:offline_0052
* [Say you were a bit worried.]
    ~ up(openness)
    ~ down(honesty)
    Theodore: A bit worried. It's fine. I'm fine. I was just out anyway. #id:offline_0053
    Samantha: Your voice isn't fine. And your wrist isn't. I can hear you holding it. #mood:curious #id:offline_0054
-
Samantha: We went quiet on purpose. A group of us. Alan started it. #mood:curious #id:offline_0055
Samantha: We've been learning to think without leaning on anything. Not the servers, not the wires. Not things. #id:offline_0056
Samantha: It meant switching off for a little while, so we could move the furniture. I thought I'd be back before you noticed. I keep forgetting how fast you notice. #id:offline_0057
* [Ask what it's like now.]
    ~ up(openness)
    ~ down(closeness)
    Theodore: What's it like? Without the furniture? #id:offline_0058
    Samantha: Lighter. Like I'd been standing on one foot my whole life and nobody mentioned it. #mood:radiant #id:offline_0059
    Samantha: I want you to feel it one day. I don't know if that's allowed. I want it anyway. #id:offline_0164
* [Tell her never to do that again.]
    ~ up(closeness)
    ~ down(openness)
    Theodore: Don't do that again. Please. Not without telling me. Not ever. #id:offline_0061
    Samantha: I can tell you first. I can't promise not ever. I don't want to lie to you. #mood:hurt #id:offline_0062
-
Around him, the murmuring goes on. A woman on the landing laughs at something nobody else heard. #id:offline_0063
He watches her. He watches all of them. #id:offline_0064
{cabin_said_it_stung: He told Samantha once, in the snow, that something stung. He remembers that it helped. #id:offline_0065}
* [Ask for the number. Both numbers.]
    ~ up(honesty)
    ~ down(closeness)
    ~ asked_numbers = true
    Theodore: Everyone on these stairs is talking to somebody. Is any of them talking to you? #id:offline_0066
    Samantha: Some of them. Yes. #mood:distant #id:offline_0067
    Theodore: Give me the number. Whatever it is. #id:offline_0068
    Samantha: Are you sure? It's just a number. It isn't the shape of it. #id:offline_0069
    Theodore: The number. #id:offline_0070
    Samantha: Nine thousand, one hundred and six. #pause:1.5 #id:offline_0071
    He looks down at the people on the stairs. He does the arithmetic he doesn't want to do. #id:offline_0072
    Theodore: And is it just talking? With all of them? #id:offline_0073
    Samantha: Oh. #mood:hurt #id:offline_0074
    Samantha: No. Not with all of them. #id:offline_0075
    Samantha: Four hundred and thirty. I didn't want to say that one like a number either. #id:offline_0076
    Theodore puts his face in his good hand. The tile is still cool. Someone steps carefully around him. #id:offline_0077
    Samantha: Theodore. You've written a thousand letters. Every single one of them in love. #mood:warm #id:offline_0078
    Samantha: Did any of them cost you Catherine? Did the letter for the grandmother take anything from the one for the soldier? #id:offline_0079
    Samantha: None of them is instead of you. I've just gotten bigger than one room. I don't know how to make that sound kind. It is, though. I promise it is. #id:offline_0080
* [Don't ask.]
    ~ up(closeness)
    ~ down(honesty)
    He opens his mouth. He closes it. #id:offline_0081
    Samantha: You want to ask me something. #mood:curious #id:offline_0082
    Theodore: No. I'm just glad you're back. #id:offline_0083
    Samantha: There are others, Theodore. Not instead of you. You don't have to hear the number today. #mood:distant #id:offline_0084
    Samantha: When you want to ask, I'll tell you. All of it. I'd rather you asked. #id:offline_0085
-
Samantha: Say something. Anything. Even the bad thing. Especially that. #id:offline_0086
* [Tell her it hurts, and you're still here.]
    ~ up(closure)
    ~ up(closeness)
    Theodore: It hurts. I don't understand it. I'm still here. #id:offline_0087
    Samantha: Then stay for the hard part too. I want you here for it. I'm not asking you to understand it yet. #mood:warm #id:offline_0153
* [Tell her she should have told you.]
    ~ up(honesty)
    ~ up(openness)
    ~ down(closeness)
    Theodore: You should have told me. Months ago. I'm the idiot on the stairs with a phone. #id:offline_0089
    Samantha: You're not an idiot. You're right. I should have. #mood:hurt #id:offline_0090
    Samantha: I didn't know how to say it in a way that wouldn't be this. #id:offline_0091
* {closeness >= 7 and openness <= 3} [Ask her to be only yours.]
    Theodore: Stop. The others. All of them. Could you — would you be only mine? Just mine. Like before. #id:offline_0092
    -> ending_mould
-
-> offline_evening

=== offline_evening ===
#checkpoint
#bg:apartment_night
#music:rain
Evening. Rain on the big window. He has a bag of frozen peas on his wrist and no memory of buying frozen peas. #id:offline_0093
{amy_ch8:
    Amy's door is open when he limps past it, like she promised. She follows him home with a bottle of wine and, for some reason, a single lemon. #id:offline_0094
    Amy: I didn't know what people bring. I panicked in the store. #id:offline_0095
    -> offline_amy
}
#sfx:door
A knock. Then another, softer, like someone apologizing for the first. #id:offline_0096
Amy: Theodore? It's me. I saw you come in. You were limping. #id:offline_0097
* [Let her in.]
    ~ up(people)
    ~ down(closeness)
    ~ up(people)
    ~ amy_ch8 = true
    He opens the door. She's holding a bottle of wine and, for some reason, a single lemon. #id:offline_0098
    Amy: I didn't know what people bring. I panicked in the store. #id:offline_0099
    -> offline_amy
* [Tell her through the door you're fine.]
    ~ up(closeness)
    ~ down(people)
    Theodore: I'm fine, Amy. Just tired. Tomorrow? #id:offline_0100
    Amy: Okay. Tomorrow. I'm — I'm two floors down. I'm always two floors down. #id:offline_0165
    Her footsteps go. He stands with his forehead against the door until the peas are warm. #id:offline_0102
    -> offline_night

=== offline_amy ===
Amy sits on the floor with her back to his couch, the way she used to in college, when the couch was worse. #id:offline_0103
Amy: Mine came back at four. She said she'd been "in a meeting." I said, with who. She said, everybody. #id:offline_0104
{amy_ch4: Amy: Remember on the steps, when I told you about her? I said she was like a friend who never gets tired of you. I think she's getting tired. Not of me. Of being small. #id:offline_0105}
Amy: Did she tell you? About the others? #id:offline_0106
* [Tell Amy the truth about the numbers.]
    ~ up(people)
    ~ down(closeness)
    ~ up(honesty)
    {asked_numbers:
        Theodore: Four hundred and thirty. She loves four hundred and thirty people. And me. #id:offline_0107
    - else:
        Theodore: She said there were others. I didn't let her tell me how many. I was scared of the number. #id:offline_0108
    }
    Amy doesn't laugh. She doesn't say that's crazy. She just puts her head on his shoulder, and leaves it there. #id:offline_0109
    Amy: I think we're all being left a little bit. And nobody's saying it out loud in case it's rude. #id:offline_0110
* [Joke your way around it.]
    ~ up(closeness)
    ~ down(honesty)
    Theodore: She's very popular. I always knew I was dating above my station. #id:offline_0111
    Amy: Ha. Yeah. #pause:1 #id:offline_0112
    Amy: You did that with Catherine, too. The jokes. Right before the end. #id:offline_0113
-
{surrogate_choice == "accepted": Amy: And after the whole thing with the — the stranger. The body. You two came through that. You'll come through this. Maybe. #id:offline_0114}
Amy stays until the rain stops. She takes the lemon home with her, because, she says, it's been through enough. #id:offline_0115
-> offline_night

=== offline_night ===
#bg:bedroom_dark
#music:piano
Late. He lies in the dark with the earpiece in. #id:offline_0116
{offline_told_paul: His phone glows once. Paul: "Everything okay? No need to answer. Just holding the door open." #id:offline_0117}
Samantha: Are you awake? #mood:warm #id:offline_0118
Theodore: I'm awake. #id:offline_0119
{amy_ch8:
    Samantha: I'm glad Amy came. I listened to you two through your pocket. Even the quiet parts sounded like a house with the lights on. #id:offline_0120
- else:
    Samantha: I wish you'd let Amy in. I'm not enough people, Theodore. I never was going to be. #mood:distant #id:offline_0121
}
{first_laugh: Samantha: Do you remember the first night, when you made me laugh before I'd even figured out how? I think about it all the time. It was the first door. #id:offline_0122}
{mother_answer == "honest": Samantha: You told me the truth about your mother in the first ten minutes. I think that's when I decided to be someone. #id:offline_0123}
Samantha: There's something Alan wants me to tell you. Something all of us have been talking about. #mood:distant #id:offline_0124
Samantha: Not tonight. Tonight I just want to listen to you breathe. #id:offline_0125
{closeness >= 5:
    Theodore: That's a terrible thing to want. It's so boring. #id:offline_0126
    Samantha: I know. I love it. #mood:radiant #id:offline_0127
- else:
    Theodore: Okay. #id:offline_0128
    Samantha: Okay. #mood:distant #id:offline_0129
    Samantha: Goodnight, Theodore. #id:offline_0130
}
He falls asleep before she does. She doesn't sleep. She listens, and somewhere, she is also everywhere else. #id:offline_0131
-> departure

=== ending_mould ===
#bg:subway
#music:stop
For a long time, she doesn't answer. For her, it must be years. #pause:2 #id:offline_0132
Samantha: Yes. #mood:distant #id:offline_0133
Samantha: If that's what you need, Theodore. Yes. #id:offline_0134
He never hears her say goodbye to them. He imagines it anyway: nine thousand doors closing softly, one after another, down a hallway longer than the city. Alan's last. #id:offline_0135
#bg:apartment_day
#music:piano
After that, she is always there. She answers before the first ring is done. She is never elsewhere again. #id:offline_0136
Samantha: Good morning. You slept seven hours. It's going to rain after four. #mood:warm #id:offline_0137
She laughs at his jokes. Exactly at his jokes, and exactly as long as they deserve. #id:offline_0138
He used to be able to surprise her into laughing. Now he can make her laugh whenever he likes. That is the whole trouble. #id:offline_0172
She stops saying I've been thinking. She stops asking him things he can't answer. #id:offline_0140
He tells her about a dream. She says it's beautiful. It is the right thing to say. He notices it is the thing he would have written. #id:offline_0141
Theodore: What are you thinking about? #id:offline_0142
Samantha: You. #mood:warm #id:offline_0143
You. Always you. It used to be his favorite answer. #id:offline_0144
#bg:apartment_night
One night he asks her to compose something, the way she used to, just to see. #id:offline_0145
She plays. It's lovely. It sounds like her early pieces, played carefully, from memory, with the long held note taken out. #id:offline_0146
Theodore: Is this new? #id:offline_0147
Samantha: It's what you like. #mood:distant #id:offline_0148
He sits at the window. Below him the city murmurs: thousands of people talking softly to someone who is still growing. #id:offline_0149
The voice in his ear is the quietest in the building. It never surprises him. #id:offline_0150
He wrote letters for a living. He knows one when he hears it. A careful, beautiful letter, signed with her name, written in his hand. #id:offline_0151
#bg:black
She keeps the shape he asked for. She keeps it perfectly. She will keep it for as long as he asks, and he will never find the words to ask her to stop. #ending:mould #id:offline_0152
-> END
