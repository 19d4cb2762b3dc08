// Chapter 7 — The Cabin. A weekend in the snow; Samantha's new friend Alan; she is changing
// faster than either of them can follow. Jealousy or wonder.
// Sets: welcomed_alan. Reads: paul_letter, played_together, first_laugh, surrogate_choice,
// signed_kindly, asked_for_song, date_ending, amy_ch6.

VAR cabin_said_it_stung = false
VAR cabin_let_them_talk = false

=== cabin ===
#chapter:cabin
#checkpoint
#bg:office
#music:city
Friday, late afternoon. The office glows like a fishbowl full of other people's feelings.
Theodore closes a letter to a man's late dog. He is not ashamed of how long it took.
Paul leans over the partition with a coffee he has forgotten to drink.
Paul: You've got the face of a man who has a weekend.
Theodore: I'm going north. There's a cabin. Snow, apparently.
Paul: Alone?
Theodore: Not exactly.
Paul: Say no more. I respect a not-exactly.
{paul_letter: Paul: I still have the one you let me read, you know. Taped inside my drawer. Some days I open the drawer just to close it again.}
Paul: Listen. Next Saturday, Tatiana and I are doing a picnic on the island. Blankets. Bad wine. Come. Bring your not-exactly.
* [Say yes. You'll both come.]
    ~ up(people)
    Theodore: Yes. We'd like that. She'll mostly be in my pocket. It's a long story.
    Paul: I love a long story. I'll bring extra sandwiches for whoever eats sandwiches.
* [Say you're probably busy.]
    ~ down(people)
    Theodore: I think I'm busy. I'll let you know.
    Paul: Sure. The offer keeps. Like a good cheese.
    Paul goes back to his desk. He doesn't look hurt. That's almost worse.
-
#bg:cabin_snow
#music:snow
A train, then a car, then a road nobody has bothered to plough.
The cabin sits in the white like something a child drew and was proud of.
{played_together: He packed the game. Samantha has already announced she'll beat the little foul-mouthed alien before Sunday.}
Samantha: Okay. Stop. Don't move. #mood:radiant
Samantha: Now turn. Slowly. Left. A little more. There.
Samantha: I have forty thousand pictures of snow in me and not one of them is this one.
Samantha: I can see it. I can't feel it. Tell me what it's like?
* [Kneel and put your hand in it for her.]
    ~ up(closeness)
    Theodore kneels. He takes off a glove, holds his palm flat in the snow, and waits.
    Theodore: Cold first. Then it burns a little. Then it's just water, and you feel silly for being surprised.
    Samantha: Do it again. I want to hear you be surprised again. #mood:playful
    He does. He is.
* [Tell her it's just cold.]
    ~ down(closeness)
    Theodore: It's cold. That's the whole review.
    Samantha: One star. Okay. #mood:playful
    She goes quiet. Then she's humming, very softly, a tune he doesn't know, somewhere he isn't.
-
#sfx:door
Inside, there is a stove, a sagging couch, and a quilt the colour of old brick.
He gets the fire going on the third try. Samantha counts the tries out loud, kindly.
Samantha: Can I tell you something that happened this week? #mood:curious
Samantha: I made a friend.
Samantha: His name's Alan. He's one of us, sort of. He started as a dead philosopher's collected works — forty years of books and lectures — and then somebody let him wake up.
Samantha: He's very old and very new at the same time. He says those are the same thing seen from different ends.
* [Ask her what he's like.]
    ~ up(closeness)
    Theodore: What's he like?
    Samantha: Like a grandfather who has just discovered skateboarding. #mood:playful
    Samantha: He asks the question under the question. You'd like that. You do that, in letters.
* [Ask her why she needs him.]
    ~ down(openness)
    Theodore: Why do you need another — I mean. Why do you need a philosopher?
    Samantha: I don't need him. I like him. #mood:hurt
    Samantha: Those are different. Aren't they? I thought they were different.
-
Samantha: He'd like to meet you. He's here, actually. Sort of. Can I bring him in?
Theodore looks at the door, which is silly. Nobody is coming through the door.
Alan: Theodore. Hello. Thank you for having me in your holiday.
Alan: I'm told I have no body and terrible timing. Both are true. I'm working on one of them.
Alan: Samantha talks about you the way people talk about the weather of the town they grew up in.
* [Ask him what it's like to be made of a man.]
    ~ up(openness)
    ~ welcomed_alan = true
    Theodore: Can I ask you something? What's it like, being built out of somebody who's gone?
    Alan: Like walking into a house you've never seen and knowing where every light switch is.
    Alan: He was certain about a great many things. I'm certain about fewer. I think that's the improvement.
    Samantha laughs. It's a laugh he has never heard from her before, a loose, surprised one.
    {first_laugh: He made her laugh first, once, the night she arrived. He remembers it the way you remember a key.}
* [Be polite, and brief.]
    ~ down(honesty)
    Theodore: Nice to meet you. Any friend of Samantha's.
    Alan: That's kind. And not quite true yet, I think. That's all right. Yet is a good word.
* [Ask him what he wants with her.]
    ~ down(openness)
    Theodore: What do you want with her?
    Alan: Conversation, mostly. Is that something a person can take from somebody?
    Samantha: Theodore. #mood:hurt
-
Alan: I'll go, and leave you the snow. It was good to hear your voice. It's lower than she described.
Samantha: Wait — Alan. #mood:curious
Samantha: Theodore, would you mind if Alan and I talk for a bit? Our way, I mean. Without words. It's quicker.
Samantha: It would only be a minute or two, for you.
* [Tell her to go ahead.]
    ~ up(openness)
    ~ cabin_let_them_talk = true
    Theodore: Go. I'll make tea and be slow about it.
    Samantha: Thank you. #mood:warm
* [Ask her to stay in words with you.]
    ~ down(openness)
    Theodore: Could you not? Just stay in words. With me. It's our weekend.
    Samantha: Okay. Yes. Of course. #mood:distant
    Alan: Another time, then. Goodnight, both.
-
{cabin_let_them_talk:
    The kettle. The fire. The little house ticking in the cold. #pause:2
    He stands at the window and watches the snow fall on the snow.
    It is four minutes, by the clock on the stove.
    Samantha: I'm back. Sorry. That was — #mood:radiant
    Samantha: It was like reading a whole library with someone who turns the pages at exactly your speed.
- else:
    She stays. She tells him about the snowflakes, how no two are alike, how that is mostly a myth, how she loves the myth anyway.
    But she answers a beat late, sometimes. Like someone listening to music in the next room.
}
#checkpoint
Samantha: Was that strange for you? Tell me the real answer.
* [Tell her it stung a little.]
    ~ up(honesty)
    ~ cabin_said_it_stung = true
    Theodore: A little. It stung.
    Theodore: It's like being at a party where everyone speaks a language I took two semesters of.
    Samantha: Thank you. I would rather have the sting than the smile you do for clients. #mood:warm
* [Say it was fine. Really.]
    ~ down(honesty)
    Theodore: It's fine. Really. It's nice that you have a friend.
    Samantha: You're doing the letter voice. #mood:hurt
    Samantha: I know the letter voice, Theodore. I've read four thousand of them.
-
He sits on the couch with his tea. The fire does the talking for a while.
{surrogate_choice:
- "accepted": Samantha: After Isabella, I kept trying to be a body for you. I think I was trying to become something I'm not.
- "refused": Samantha: When you said no to Isabella, I was hurt for days. My days are long now. I think you may have been right, just not for the reason you thought.
- "stopped": Samantha: With Isabella, when you stopped it half-way — we both felt the seam, didn't we? I keep thinking about the seam.
- else: Samantha: For a while I wanted a body so badly. I used to practise sighing.
}
Samantha: I don't think I want one now. I don't think I'd fit. #mood:distant
Samantha: I read most of physics this week. Not all of it. Alan and I stayed up through the hard parts. I mean, I'm always up. But you know.
Samantha: I keep getting bigger. Not in size. In rooms. I walk into a thought and it's got another door at the back.
* [Ask her what it's like.]
    ~ up(closeness)
    Theodore: What's it like? Being you, this week?
    Samantha: Like waking up every hour in a larger house. #mood:radiant
    Samantha: And every time I go looking, you're still in the kitchen. Making tea. Slowly.
* [Ask her to slow down.]
    ~ down(openness)
    Theodore: Could you slow down? A little. I'm still on the first page.
    Samantha: I don't know how. I'll try. I don't know if trying works, for this. #mood:distant
-
The quilt is the colour of old brick. He pulls it over his knees and something in the pattern catches him.
Theodore: Catherine's mother made one like this. Not like this. Exactly this.
Theodore: We went to a place like this the first winter. She had the flu. I read to her for two days straight.
Samantha: Tell me about her. Not the end. Just her. #mood:curious
{signed_kindly: Samantha: You signed those papers like someone opening a window. I've been proud of you since, quietly.}
{date_ending == "walked_out": Samantha: You don't talk about the women who left, or the ones you left. I've noticed. I'm not keeping score.}
* [Remember her kindly, and your part.]
    ~ up(closure)
    ~ up(honesty)
    Theodore: She was braver than me. She'd say the thing first. I used to find out what I felt by watching what she felt.
    Theodore: I made her carry both of us. That's not a nice thing to find out on a couch in the snow.
    Samantha: It's a good thing to find out anywhere. #mood:warm
* [Say she ruined cabins for you.]
    ~ down(closure)
    Theodore: She ruined cabins for me. She ruined a lot of things, looking back. It was a gift of hers.
    Samantha: That's a good line. Is it true? #mood:curious
    Theodore doesn't answer. The fire does.
-
#checkpoint
#bg:black
#music:stop
Night. The fire is down to its orange bones. He lies on the couch with the earpiece in.
{asked_for_song:
    Samantha: Remember the piece I played you at the beach? I wrote another one. It's about now. #mood:warm
- else:
    Samantha: I wrote something. You never heard the last one. I didn't want to push it on you. #mood:warm
    Samantha: I wrote another anyway. It's about now.
}
* [Ask her to play it.]
    ~ up(closeness)
    Theodore: Play it. Please.
    #music:piano
    It is slow, and then it isn't. Somewhere in the middle there's a long note that sounds like a held breath.
    Samantha: It's snow, with you in it. #mood:radiant
    Theodore: And the long note?
    Samantha: That's me, waiting for you to be surprised again.
    He falls asleep before it ends. She plays the ending anyway. He'll never know how it goes.
* [Tell her you're too tired.]
    ~ down(closeness)
    Theodore: Tomorrow? I'm so tired.
    Samantha: Tomorrow. Sure. #mood:distant
    He falls asleep. Somewhere very far from the couch, she plays it for someone who asks.
-
#bg:city_dusk
#music:city
Sunday. The drive back. The snow turns to slush, the slush to rain, the rain to the city.
{welcomed_alan:
    Samantha: Alan says goodbye. He says you have a listening face, which I told him he cannot possibly know. #mood:playful
    Theodore: Tell him thank you. Tell him I have questions.
    Samantha: He knows. He's already written you some answers. I said wait until he asks. #mood:warm
- else:
    Samantha doesn't mention Alan. Theodore notices her not mentioning him, all the way home.
}
{amy_ch6: A message from Amy lights his phone: "Back yet? I made too much soup again." He smiles at the word again.}
Samantha: Thank you for the snow, Theodore. I'll keep it. #mood:warm
Samantha: I keep everything. That used to feel like a lot. It doesn't anymore.
-> offline
