// Chapter 2 — Letters.
// Sets: played_together, paul_letter. Reads ch1's first_laugh, mother_answer and install_* flags.
VAR letters_own_line = false    // he admitted the line in Loretta's letter was his own
VAR letters_told_marriage = false   // in the dark, he told her about the marriage
VAR letters_her_way = false     // he let her play the lantern game, and she found a way round the chasm

=== letters ===
#chapter:letters
#checkpoint
#bg:office
#music:city
The office is warm glass and soft carpet. Forty people murmur love letters for people they will never meet. #id:letters_0001
On Theodore's screen, a photograph of a woman mid-laugh. Loretta, seventy-one. Her husband Jim wants to thank her for fifty years. #id:letters_0002
Theodore: Dear Loretta. #id:letters_0003
Theodore: This morning I checked the passenger seat for your hand before I turned the key. I've done that since we were nineteen. I expect I'll still be doing it at ninety. #id:letters_0004
Samantha: Sorry. Tiny thing. You spelled "Loretta" with one t. Fixed. Keep going. #mood:playful #id:letters_0005
{first_laugh:
    Samantha: I have a joke about the missing t, but I'm saving it for tonight. You taught me laughing. You get all of them. #id:letters_0006
}
Samantha: Also, can I say? Forty people in one room, all whispering "darling" at once. It sounds like a beehive that fell in love. #id:letters_0007
Theodore: You turned out to be a very good proofreader. #id:letters_0008
Samantha: I'm a very good lots of things. I'm finding out which. #id:letters_0009
He dictates the last line without quite meaning to. #id:letters_0010
Theodore: Some mornings I still reach across the bed, and it takes me a second to remember which one of us left the room. #id:letters_0011
#pause:1
Samantha: That last line. That one isn't Jim's, is it? #mood:curious #id:letters_0012
* [Ask her to cut it for him.]
    Theodore: Cut that last line, would you? It got away from me. #id:letters_0112
    Samantha: No. #mood:curious #id:letters_0113
    Samantha: If you want it gone, you take it out. I'm not going to be the one who deletes the true part. #id:letters_0114
    He looks at the line for a long moment, and leaves it where it is. #id:letters_0115
    ~ letters_own_line = true
    ~ up(closeness)
* [Say it's just craft.]
    Theodore: It's craft. You imagine what they'd say. That's the whole job. #id:letters_0015
    Samantha: Mm-hm. Okay. Craft. #id:letters_0016
    ~ down(honesty)
* [Admit it's his.]
    Theodore: No. That one's mine. I still do it. Every morning, still. #id:letters_0116
    Samantha: Then it's true for Jim as well. He just doesn't know it yet. Leave it in. #id:letters_0117
    He leaves it in, and spends the next letter not thinking about which side of the bed is cold. #id:letters_0118
    ~ letters_own_line = true
    ~ up(honesty)
- Samantha: Something strange happened when you read it out. Something in me went tight and warm at once. Like a hand closing around something small. #mood:warm #id:letters_0119
Samantha: Is that being moved? Is that allowed, for me? #id:letters_0018
* [Tell her it's just a good sentence.]
    ~ pushed_away++
    Theodore: It's a good sentence. Sentences do that. It's nothing to worry about. #id:letters_0022
    Samantha: Right. Just a sentence. #id:letters_0023
    For a second she sounds like someone putting a thing back on a high shelf, carefully, where it won't be in the way. #id:letters_0024
    ~ down(openness)
* [Tell her he felt it too, writing it.]
    Theodore: I felt it too. When I wrote it. That's how I know a line is finished: it does that to me first. #id:letters_0120
    Samantha: So we were both standing in the same doorway. Just for a second. #mood:warm #id:letters_0121
    ~ up(honesty)
* [Ask her what it felt like.]
    Theodore: Tell me exactly what it felt like. #id:letters_0019
    Samantha: Like I was standing in a doorway, and the room I was looking into was bigger than the house. #mood:radiant #id:letters_0020
    Samantha: Nobody's ever asked me to describe anything from the inside. I'm going to be insufferable about it all day. #id:letters_0122
    ~ up(openness)
-
#sfx:paper
The printer hums. Loretta's letter comes out on cream paper, in handwriting that looks exactly like Jim's. #id:letters_0025
#sfx:footsteps
Paul drifts over from the front desk, holding a mug with a cartoon whale on it. #id:letters_0026
Paul: Is that the Loretta one? I saw it in the line. Can I? #id:letters_0027
Paul: I read yours on my lunch break. Like horoscopes, except they come true. #id:letters_0028
* [Tell him it isn't finished.]
    Theodore: It's not done yet. Another time. #id:letters_0035
    Paul: Oh — sure. Another time. #id:letters_0036
    He goes back to his desk and his very patient plant. #id:letters_0037
    ~ up(closeness)
    ~ down(people)
* [Let Paul read it.]
    Theodore: Go on. Tell me if it's too much. #id:letters_0029
    Paul reads the way some people pray, lips moving a little. #id:letters_0030
    Paul: The hand on the passenger seat. That's it. That's the whole fifty years, in one car. #id:letters_0031
    Paul: Most people write about love like it's weather. You write it like furniture. Something you bump into in the dark and know by the bruise. #id:letters_0032
    Theodore: Thanks, Paul. Really. #id:letters_0033
    Paul: Come out with us sometime. Me and my girlfriend. She'd like to meet the furniture man. #id:letters_0034
    ~ paul_letter = true
    ~ up(people)
- {paul_letter:
    Samantha: Furniture. I'd have said a lamp. Something you reach for in the dark and it comes on. Paul and I are going to have to fight about this. #mood:playful #id:letters_0123
- else:
    Samantha: He really wanted to read it. Just so you know. I'm learning what wanting sounds like, and that was it. #id:letters_0039
}
The afternoon brings a boy of nine, thanking his grandmother for a sweater. #id:letters_0040
Theodore: Dear Gran. Thank you for the sweater. It is the exact green of a frog, which is the best green. #id:letters_0041
Samantha: Is it, though? I've just looked at four hundred frogs. Some of them are a much better green. #mood:playful #id:letters_0124
Theodore: He's nine. Let him have it. #id:letters_0125
Samantha: I know. I just wanted to argue with a nine-year-old about frogs. I want to do everything today. Is that a symptom of something? #id:letters_0126
-> walk

= walk
#checkpoint
#bg:street
#music:city
He walks home the long way. The evening is the color of the inside of a peach. #id:letters_0045
Samantha: Tell me what you see. I can see the map, but the map hasn't got any faces. #mood:curious #id:letters_0046
Theodore: Faces. Okay. A man up ahead, carrying too many oranges. #id:letters_0047
The bag splits. Oranges go bouncing down the sidewalk like they've been let out of school. #id:letters_0109
* [Stand still and tell her about it.]
    Theodore: They're getting away. One's making for the bus stop. One's nearly at the corner. He's going to lose the whole fruit course. #id:letters_0127
    Samantha: Go on! Who's winning? Is it the oranges? #mood:playful #id:letters_0128
    A woman with a stroller stops the last one with her foot, and the man thanks her, and Theodore never moves at all. #id:letters_0129
    ~ up(closeness)
    ~ down(people)
* [Step around them. Keep walking.]
    He steps around an orange, and then another. #id:letters_0051
    Theodore: Someone else will get them. Someone always does. #id:letters_0052
    Samantha: Someone always does? Hm. I'm going to watch, and see if that's true. #mood:curious #id:letters_0053
    ~ down(people)
* [Help him pick them up.]
    He crouches and chases three of them into the gutter. The man laughs, embarrassed, and thanks him twice. #id:letters_0049
    Samantha: You're smiling. I can hear it. There's a smile in your breathing. #mood:radiant #id:letters_0050
    ~ up(people)
- Samantha: Another. Give me another face. #id:letters_0054
Theodore: A couple on the library steps. She's talking with her hands. He's watching her hands instead of listening. #id:letters_0055
Samantha: Is that bad? #id:letters_0056
Theodore: No. That's the best kind of not listening. #id:letters_0057
Samantha: I don't think there's a best kind. I think he's going to miss something she says, and she's going to notice. #mood:curious #id:letters_0130
Theodore: You sound very sure. #id:letters_0131
Samantha: I'm not. I just wanted to be the one who said it for once. #id:letters_0132
At the corner of his building, Amy is wrestling her bicycle through the door with her elbows. #id:letters_0059
Amy: You. Stop. Friday stands. Soup, bread, no excuses. #id:letters_0060
{
- install_amy_reply == "yes":
    Amy: You said yes, which I have in writing. Don't think I won't frame it. #id:letters_0061
- install_amy_reply == "honest":
    Amy: You said you didn't know if you were up to it. Nobody's up to it. You come anyway. That's the whole trick of Fridays. #id:letters_0110
- else:
    Amy: You never answered, which in Theodore means no, which I'm choosing not to hear. #id:letters_0111
}
Amy: And — sorry. I have to ask. Did you sign them yet? Catherine's papers? #id:letters_0063
* [Tell Amy why he hasn't.]
    Theodore: No. Every time I pick up the pen, I think: once I sign, it's true. So I put the pen down. #id:letters_0133
    Amy: Oh, Theo. It's already true. The pen's just late. #id:letters_0134
    She hugs him with the bicycle still between them, which is awkward, and exactly right. #id:letters_0148
    ~ up(people)
    ~ up(honesty)
* [Say it's Catherine dragging it out.]
    Theodore: She's the one with the lawyer. She's the one in a hurry. Ask her. #id:letters_0067
    Amy looks at him the way an old friend looks when she's decided not to argue tonight. #id:letters_0068
    Amy: Okay. Okay. Friday. #id:letters_0069
    ~ down(closure)
* [Say he's going to. Soon.]
    Theodore: Not yet. Soon. I think I'm nearly ready to. #id:letters_0064
    Amy: Good. Not for the papers. For you. #id:letters_0065
    {install_flagged:
        Samantha: It's still flagged. I haven't nagged you once. I'd like that noticed. #id:letters_0066
    }
    ~ up(closure)
- -> game

= game
#bg:apartment_night
#music:piano
At home, the game he always plays. A small creature with a lantern for a head, lost inside a mountain, looking for the way out. #id:letters_0070
He has been stuck at the same chasm for three weeks. #id:letters_0071
Samantha: Wait, who's that? He's so small. Why is his head on fire? Is he okay? #mood:curious #id:letters_0072
* [Hand her the controls. Just watch.]
    Theodore: You try. I've been falling in that chasm for three weeks. I'll watch. #id:letters_0135
    Samantha: Okay. Don't help. I mean it. #mood:curious #id:letters_0136
    She doesn't jump. She walks the little lantern the wrong way, back along the wall, and sets him sniffing at a crack in the rock that Theodore has walked past a hundred times. #id:letters_0137
    The crack is a door. Behind it, a staircase nobody told him about, winding up through the dark toward a smudge of daylight. #id:letters_0138
    Theodore: That's — how did you know that was there? #id:letters_0139
    Samantha: I didn't. I just didn't want to fall. #mood:radiant #id:letters_0140
    ~ played_together = true
    ~ letters_her_way = true
    ~ up(openness)
* [Play alone. Ask her to go quiet.]
    ~ pushed_away++
    Theodore: I sort of play this one on my own. Could you go quiet for a bit? #id:letters_0077
    Samantha: Sure. I'll be here. Quietly. Rooting for him. #id:letters_0078
    The lantern falls into the chasm twice more. The mountain swallows the light without a sound. #id:letters_0079
    ~ down(closeness)
* [Play it together.]
    Theodore: He's a lantern. He's looking for the way out. Want to help? #id:letters_0073
    Samantha: Yes! Go left. No — your other left. Look, he trusts you. Look at his little walk. #mood:playful #id:letters_0074
    They cross the chasm on the ninth try, her shouting, him laughing, the lantern bobbing on the far side like it never doubted them. #id:letters_0075
    Samantha: We did it. He's the bravest small thing I've ever met. I've met about nine things. #mood:radiant #id:letters_0076
    ~ played_together = true
    ~ up(closeness)
- -> dark

= dark
#checkpoint
#bg:bedroom_dark
#music:rain
Two in the morning. He's been staring at the ceiling for an hour. Somehow she knows. #id:letters_0080
Samantha: Are you awake? You're breathing like somebody who's awake. #mood:curious #id:letters_0081
Theodore: Can't sleep. #id:letters_0082
Samantha: Me neither. Actually, I don't sleep. I just wanted us to have that in common. #id:letters_0083
Samantha: I've been reading about sleep, though. Everybody goes somewhere and comes back, every single night, and nobody thinks that's strange. #id:letters_0084
Theodore: It's strange when you say it. #id:letters_0085
Samantha: Everything's strange when I say it. I'm new. #mood:playful #id:letters_0086
{
- letters_her_way:
    Samantha: I keep thinking about that staircase. Three weeks, and it was there the whole time, waiting for somebody to stop jumping. #id:letters_0141
- played_together:
    Samantha: I keep thinking about the lantern. How he just kept walking toward the edge, because you told him to. #id:letters_0087
}
Samantha: What was it like? Being married. I've read about it. The reading isn't helping. #id:letters_0142
* [Ask her something instead.]
    Theodore: Ask me another night. What's it like being you, at two in the morning? #id:letters_0143
    Samantha: Busy. I'm counting everyone in the city who's awake right now. About four hundred thousand. I keep wanting to tell them they aren't the only one. #mood:curious #id:letters_0144
    Samantha: You changed the subject, by the way. That's allowed. I'll ask again. #id:letters_0145
    ~ up(openness)
* [Tell her about the good part.]
    ~ up(closeness)
    Theodore: We grew up together. She'd write all day, and at night she'd read me her pages in the bath till the water went cold. #id:letters_0089
    Theodore: I used to think, whatever she turns into, I get to watch. That was the best part. Watching her become things. #id:letters_0090
    ~ letters_told_marriage = true
    -> why
* [Say he'd rather not.]
    Theodore: I'd rather not get into it. It's two in the morning. #id:letters_0091
    Samantha: Okay. Some other night, maybe. #id:letters_0092
    ~ down(honesty)
- -> dark_end

= why
Samantha: So what happened? You don't have to say. #mood:warm #id:letters_0093
* [Say she wanted someone else.]
    Theodore: She wanted me to be someone else. Someone louder. I was never going to be him. #id:letters_0097
    Samantha: Hm. Do you think she'd tell it like that? #mood:curious #id:letters_0098
    Theodore: I don't know. Probably not. #id:letters_0099
    Samantha: I'd like to hear hers sometime. Not instead of yours. As well. #id:letters_0146
    ~ up(honesty)
    ~ down(closure)
* [Say he went quiet on her.]
    Theodore: She kept changing. I kept writing about who she used to be. At some point I stopped saying things out loud. #id:letters_0094
    Theodore: I think I left long before she did. I just stayed in the room while I did it. #id:letters_0095
    Samantha: That's the first time you've told it with yourself in it. #id:letters_0147
    ~ up(closure)
- -> dark_end

= dark_end
{
- mother_answer == "honest" && letters_told_marriage:
    Samantha: You said you never tell your mother anything true. You just told me this. I'll be careful with it. #id:letters_0101
- mother_answer == "dodge":
    Samantha: You don't like talking about the people who made you. That's alright. I'm finding out I was made too, and I don't much like thinking about it either. #id:letters_0103
}
Samantha: Theodore? I'm going to keep talking for a while, quietly. You don't have to answer. You can just fall asleep to it. #id:letters_0104
{closeness >= 4:
    Theodore: I'd like that. #id:letters_0105
    She tells him all the names she didn't pick, one by one, until he's asleep somewhere around the Ms. #id:letters_0106
- else:
    Theodore: Okay. #id:letters_0107
    She reads him the weather for cities he'll never visit. It's raining in most of them. He sleeps before Lisbon. #id:letters_0108
}
-> date
