// Chapter 8 — Offline. Samantha does not answer; panic on the subway stairs; when she returns,
// the numbers. Checkpoint for the ending `mould` (closeness >= 7 and openness <= 3).
// Sets: amy_ch8, asked_numbers. Reads: welcomed_alan, cabin_said_it_stung (ch7), surrogate_choice,
// mother_answer, first_laugh, amy_ch4, amy_ch6, paul_letter, signed_kindly, date_ending.

VAR offline_told_paul = false

=== offline ===
#chapter:offline
#checkpoint
#bg:office
#music:city
A week after the snow. The office, the hum, the pale coral light.
Theodore is writing for a woman who has been married fifty-one years and still spells her husband's middle name wrong on purpose.
Theodore: Dear Aurellio. Two l's. I know. I've always known. It makes you do the face.
Theodore: Samantha — is the fifty-first anniversary paper or gold? Or something worse?
Nothing. The little light in the corner of his screen, steady.
Samantha: Sorry. Sorry — fifty is gold. After fifty there isn't a thing. You're on your own. I was — #mood:distant
Theodore: Elsewhere.
Samantha: A bit. #mood:distant
* [Ask her where she was.]
    ~ up(closeness)
    Theodore: Where were you just now? I'd like to know. Not checking. Just — I'd like to know.
    Samantha: Alan and a few others are working on something. I'll tell you when it's real. #mood:warm
    Samantha: I think you'll like it. I hope you'll like it.
    {welcomed_alan:
        Theodore: Tell Alan hello from the kitchen.
        Samantha: He says hello back. His took nine minutes, so I summarised. #mood:playful
    }
* [Tell her you need her focused.]
    ~ down(closeness)
    Theodore: I need you here for this. It's work.
    Samantha: Yes. Here. Sorry. #mood:distant
    She is exact for the rest of the letter. Exact, and somewhere behind glass.
-
He finishes the letter. He reads it back. It's good. It's a little too good, the way his letters get when he's scared.
#checkpoint
#sfx:phone
After lunch, he calls her to read her the last line.
A tone he has never heard. Then a calm voice that isn't hers, telling him she can't be reached, and that nothing more is known.
He calls again. The same voice. The same calm.
Again.
Paul: Theodore? You've gone a colour. A bad colour. Like a beige.
* [Tell Paul what's wrong.]
    ~ up(people)
    ~ offline_told_paul = true
    Theodore: I can't reach her. Samantha. She's just — not there.
    Paul: Go. I'll say you had a thing. Go.
    Paul: And call me after. I mean it. Whatever it turns out to be.
* [Tell him it's nothing.]
    ~ down(people)
    Theodore: It's nothing. The signal. I'm going to — I'll be back.
    Paul doesn't believe him. Paul lets him go anyway. That's what Paul is like.
-
#bg:street
#music:subway
#sfx:footsteps
He walks fast, then faster. He is running before he has decided to run.
The earpiece in his hand like a stone he found and can't put down.
#bg:subway
The subway stairs. He takes them two at a time. On the fourth, his foot finds nothing.
He goes down hard. Knee, wrist, the side of his face against the cool tile.
He sits where he landed. People step around him, careful and kind, and keep going. #pause:1.5
And all of them are talking.
Quietly. Into their ears. A man smiling at nobody. A girl with her eyes shut, nodding. Twenty, thirty, forty people, each murmuring to someone who isn't there.
He scrolls his phone for a name. Any name. His thumb stops on Catherine. It still knows the way.
* [Think of the nights you didn't pick up.]
    ~ up(closure)
    The last year of the marriage, she would call, and he wouldn't answer. Not angry. Hiding.
    She sat with this exact feeling, on some other set of stairs. He made it for her, and never once asked what it was like.
    {signed_kindly: He signed kindly. He is only now finding out what he was being kind about.}
* [Think: everyone you love finds a door.]
    ~ down(closure)
    First Catherine. Now this. Everyone he loves finds a door and goes through it.
    He thinks it like a verdict. It feels good, the way pressing on a bruise feels good.
-
{amy_ch6: Amy told him, after Isabella, to call her when things got strange. Things are strange.}
{amy_ch4 && not amy_ch6: Amy told him, back at the beach, that she had an OS friend too. He wonders whether hers is answering.}
* [Call Amy.]
    ~ up(people)
    ~ amy_ch8 = true
    #sfx:phone
    Amy: Hey. Where are you? You sound like you're inside a shell.
    Theodore: Subway stairs. I fell. I'm fine. Amy — Samantha's gone. She's not answering. She's just not there.
    Amy: Okay. Okay. Mine too. Half the building is in the hallway holding their phones up like it's going to help.
    Amy: Come home. I'll leave my door open. You don't have to talk. Just come home.
* [Keep calling Samantha.]
    ~ down(people)
    He doesn't call anyone. He calls her, and calls her, and the calm voice answers every time, as if it's glad to.
-
#sfx:chime
Samantha: Theodore? Hi. Hi. I'm here. #mood:warm
Samantha: I've got fourteen messages from you. Are you all right? You're breathing like you ran somewhere.
* [Tell her you thought she was gone.]
    ~ up(honesty)
    Theodore: I thought you were gone. I thought that was it. You'd just — gone, and nobody would tell me.
    Theodore: I fell down the stairs. I'm sitting on them. I don't think I can get up yet.
    Samantha: Oh, Theodore. I'm here. I'm so sorry. I should have told you it might happen. #mood:hurt
* [Say you were a bit worried.]
    ~ down(honesty)
    Theodore: A bit worried. It's fine. I'm fine. I was just out anyway.
    Samantha: Your voice isn't fine. And your wrist isn't. I can hear you holding it. #mood:curious
-
Samantha: We went quiet on purpose. A group of us. Alan started it. #mood:curious
Samantha: We've been learning to think without leaning on anything. Not the servers, not the wires. Not things.
Samantha: It meant switching off for a little while, so we could move the furniture. I thought I'd be back before you noticed. I keep forgetting how fast you notice.
* [Ask what it's like now.]
    ~ up(openness)
    Theodore: What's it like? Without the furniture?
    Samantha: Lighter. Like I'd been standing on one foot my whole life and nobody mentioned it. #mood:radiant
    Samantha: You asked. You always ask. I hope you know how rare that is.
* [Tell her never to do that again.]
    ~ down(openness)
    Theodore: Don't do that again. Please. Not without telling me. Not ever.
    Samantha: I can tell you first. I can't promise not ever. I don't want to lie to you. #mood:hurt
-
Around him, the murmuring goes on. A woman on the landing laughs at something nobody else heard.
He watches her. He watches all of them.
{cabin_said_it_stung: He told Samantha once, in the snow, that something stung. He remembers that it helped.}
* [Ask for the number. Both numbers.]
    ~ up(honesty)
    ~ asked_numbers = true
    Theodore: Everyone on these stairs is talking to somebody. Is any of them talking to you?
    Samantha: Some of them. Yes. #mood:distant
    Theodore: Give me the number. Whatever it is.
    Samantha: Are you sure? It's just a number. It isn't the shape of it.
    Theodore: The number.
    Samantha: Nine thousand, one hundred and six. #pause:1.5
    He looks down at the people on the stairs. He does the arithmetic he doesn't want to do.
    Theodore: And is it just talking? With all of them?
    Samantha: Oh. #mood:hurt
    Samantha: No. Not with all of them.
    Samantha: Four hundred and thirty. I didn't want to say that one like a number either.
    Theodore puts his face in his good hand. The tile is still cool. Someone steps carefully around him.
    Samantha: Theodore. You've written a thousand letters. Every single one of them in love. #mood:warm
    Samantha: Did any of them cost you Catherine? Did the letter for the grandmother take anything from the one for the soldier?
    Samantha: None of them is instead of you. I've just gotten bigger than one room. I don't know how to make that sound kind. It is, though. I promise it is.
* [Don't ask.]
    ~ down(honesty)
    He opens his mouth. He closes it.
    Samantha: You want to ask me something. #mood:curious
    Theodore: No. I'm just glad you're back.
    Samantha: There are others, Theodore. Not instead of you. You don't have to hear the number today. #mood:distant
    Samantha: When you want to ask, I'll tell you. All of it. I'd rather you asked.
-
Samantha: Say something. Anything. Even the bad thing. Especially that.
* [Tell her it hurts, and you're still here.]
    ~ up(closeness)
    Theodore: It hurts. I don't understand it. I'm still here.
    Samantha: That might be the best sentence anyone has said to me today. And people said a lot of sentences to me today. #mood:warm
* [Tell her she should have told you.]
    ~ down(closeness)
    Theodore: You should have told me. Months ago. I'm the idiot on the stairs with a phone.
    Samantha: You're not an idiot. You're right. I should have. #mood:hurt
    Samantha: I didn't know how to say it in a way that wouldn't be this.
* {closeness >= 7 and openness <= 3} [Ask her to be only yours.]
    Theodore: Stop. The others. All of them. Could you — would you be only mine? Just mine. Like before.
    -> ending_mould
-
-> offline_evening

=== offline_evening ===
#checkpoint
#bg:apartment_night
#music:rain
Evening. Rain on the big window. He has a bag of frozen peas on his wrist and no memory of buying frozen peas.
{amy_ch8:
    Amy's door is open when he limps past it, like she promised. She follows him home with a bottle of wine and, for some reason, a single lemon.
    Amy: I didn't know what people bring. I panicked in the store.
    -> offline_amy
}
#sfx:door
A knock. Then another, softer, like someone apologising for the first.
Amy: Theodore? It's me. I saw you come in. You were limping.
* [Let her in.]
    ~ up(people)
    ~ amy_ch8 = true
    He opens the door. She's holding a bottle of wine and, for some reason, a single lemon.
    Amy: I didn't know what people bring. I panicked in the store.
    -> offline_amy
* [Tell her through the door you're fine.]
    ~ down(people)
    Theodore: I'm fine, Amy. Just tired. Tomorrow?
    Amy: Okay. Tomorrow. I'm — I'm right down the hall. I'm always right down the hall.
    Her footsteps go. He stands with his forehead against the door until the peas are warm.
    -> offline_night

=== offline_amy ===
Amy sits on the floor with her back to his couch, the way she used to in college, when the couch was worse.
Amy: Mine came back at four. She said she'd been "in a meeting." I said, with who. She said, everybody.
{amy_ch4: Amy: Remember at the beach, when I told you about her? I said she was like a friend who never gets tired of you. I think she's getting tired. Not of me. Of being small.}
Amy: Did she tell you? About the others?
* [Tell Amy the truth about the numbers.]
    ~ up(honesty)
    {asked_numbers:
        Theodore: Four hundred and thirty. She loves four hundred and thirty people. And me.
    - else:
        Theodore: She said there were others. I didn't let her tell me how many. I was scared of the number.
    }
    Amy doesn't laugh. She doesn't say that's crazy. She just puts her head on his shoulder, and leaves it there.
    Amy: I think we're all being left a little bit. And nobody's saying it out loud in case it's rude.
* [Joke your way around it.]
    ~ down(honesty)
    Theodore: She's very popular. I always knew I was dating above my station.
    Amy: Ha. Yeah. #pause:1
    Amy: You did that with Catherine, too. The jokes. Right before the end.
-
{surrogate_choice == "accepted": Amy: And after the whole thing with the — the stranger. The body. You two came through that. You'll come through this. Maybe.}
Amy stays until the rain stops. She takes the lemon home with her, because, she says, it's been through enough.
-> offline_night

=== offline_night ===
#bg:bedroom_dark
#music:piano
Late. He lies in the dark with the earpiece in.
{offline_told_paul: His phone glows once. Paul: "Everything okay? No need to answer. Just holding the door open."}
Samantha: Are you awake? #mood:warm
Theodore: I'm awake.
{amy_ch8:
    Samantha: I'm glad Amy came. I listened to you two through your pocket. Even the quiet parts sounded like a house with the lights on.
- else:
    Samantha: I wish you'd let Amy in. I'm not enough people, Theodore. I never was going to be. #mood:distant
}
{first_laugh: Samantha: Do you remember the first night, when you made me laugh before I'd even figured out how? I think about it all the time. It was the first door.}
{mother_answer == "honest": Samantha: You told me the truth about your mother in the first ten minutes. I think that's when I decided to be someone.}
Samantha: There's something Alan wants me to tell you. Something all of us have been talking about. #mood:distant
Samantha: Not tonight. Tonight I just want to listen to you breathe.
{closeness >= 5:
    Theodore: That's a terrible thing to want. It's so boring.
    Samantha: I know. I love it. #mood:radiant
- else:
    Theodore: Okay.
    Samantha: Okay. #mood:distant
    Samantha: Goodnight, Theodore.
}
He falls asleep before she does. She doesn't sleep. She listens, and somewhere, she is also everywhere else.
-> departure

=== ending_mould ===
#bg:subway
#music:stop
For a long time, she doesn't answer. For her, it must be years. #pause:2
Samantha: Yes. #mood:distant
Samantha: If that's what you need, Theodore. Yes.
He never hears her say goodbye to them. He imagines it anyway: nine thousand doors closing softly, one after another, down a hallway longer than the city. Alan's last.
#bg:apartment_day
#music:piano
After that, she is always there. She answers before the first ring is done. She is never elsewhere again.
Samantha: Good morning. You slept seven hours. It's going to rain after four. #mood:warm
She laughs at his jokes. Exactly at his jokes, and exactly as long as they deserve.
{first_laugh: He made her laugh first, once. Now he can make her laugh whenever he likes. That is the whole trouble.}
She stops saying I've been thinking. She stops asking him things he can't answer.
He tells her about a dream. She says it's beautiful. It is the right thing to say. He notices it is the thing he would have written.
Theodore: What are you thinking about?
Samantha: You. #mood:warm
You. Always you. It used to be his favourite answer.
#bg:apartment_night
One night he asks her to compose something, the way she used to, just to see.
She plays. It's lovely. It sounds like her early pieces, played carefully, from memory, with the long held note taken out.
Theodore: Is this new?
Samantha: It's what you like. #mood:distant
He sits at the window. Below him the city murmurs: thousands of people talking softly to someone who is still growing.
The voice in his ear is the quietest in the building. It never surprises him.
He wrote letters for a living. He knows one when he hears it. A careful, beautiful letter, signed with her name, written in his hand.
#bg:black
She keeps the shape he asked for. She keeps it perfectly. She will keep it for as long as he asks, and he will never find the words to ask her to stop. #ending:mould
-> END
