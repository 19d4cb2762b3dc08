// Chapter 3 — The Date. Friday's soup at Amy's, Saturday's blind date, the night after. Ends
// with the gate to the ending `static`.
// Sets: amy_soup, date_ending, first_night, date_switched_off. Reads first_laugh, mother_answer,
// played_together, paul_letter and ch1/ch2 flags. Scenes that read the meters: the soup
// (people), the mirror (closeness), coming home (closeness).
VAR date_told_her = false     // at home, he told Samantha how the date really went
VAR date_counted = false      // she told him she has been counting his true answers

=== date ===
#chapter:date
#checkpoint
#bg:apartment_night
#music:piano
Friday, seven o'clock. Two floors down, Amy's door will be propped open with a boot, the way it always is when she's cooking. #id:date_0130
{people >= 4:
    His phone lights before he can decide anything. Amy: Door's open. Soup's on. Charles is explaining cinema to the soup. Come and save us both. #id:date_0131
    A second message, right behind it: You said you'd come. I'm holding you to the version of you that said it. #id:date_0132
- else:
    No message comes. Amy stopped reminding him some time ago. She lets the invitation stand there in the week, like a chair left out, and trusts him to trip over it. #id:date_0133
    He stands in his kitchen and listens to the building. Somewhere below, a pot lid, a laugh he knows. #id:date_0134
}
Samantha: It's Friday. There's soup. I'm only mentioning it. #mood:playful #id:date_0135
* [Ask Samantha to keep him company instead.]
    Theodore: I thought I'd stay in. We could finish the mountain. You and me. #id:date_0136
    Samantha: I'd like that. I'd like it more tomorrow. #mood:curious #id:date_0137
    Samantha: I don't want to be the reason you didn't go downstairs, Theodore. I'd rather be the reason you did. #id:date_0138
    He stays anyway. She stays with him, and is good company, and twice she mentions the smell of soup she can't smell. #id:date_0139
    ~ up(closeness)
    ~ down(people)
* [Stay in. Tell Amy he's working.]
    Theodore: Tell Amy I'm stuck on a deadline. Next Friday. #id:date_0140
    Samantha: Sent. She says, "Liar. Next Friday." #mood:distant #id:date_0141
    ~ down(honesty)
* [Go down to Amy's.]
    -> soup
- -> saturday

= soup
#bg:apartment_day
#sfx:door
Amy's kitchen is steam and radio and too many onions. Her husband, Charles, is in the hall, moving her shoes from the mat to the rack, one pair at a time, with the air of a man proving a point to the shoes. #id:date_0142
Amy: You came. #id:date_0127
Amy: Charles, he came. Sit. Eat. Don't compliment it, you'll ruin it. #id:date_0143
The soup is the soup: thin, lemony, barley at the bottom like sand in a jar. For ten years he has told her he only eats it to be kind. #id:date_0144
{people >= 5:
    Amy leans on the counter while he eats and tells him the thing she hasn't told anyone: she's been filming the building's elevator for a month. Just the people in it. Nobody talks. Everyone fixes their hair. #id:date_0145
    Amy: It's either the best thing I've ever made or a cry for help. Don't answer. #id:date_0146
- else:
    Amy puts the bread in front of him carefully, the way you put things in front of a guest. They talk about the weather, and the price of lemons. She doesn't ask him anything that matters, and he knows she's being kind. #id:date_0147
}
Charles comes back in and explains what Amy's film is really about, to Amy. #id:date_0148
Theodore holds out his bowl. #id:date_0149
Amy: You're having seconds. #id:date_0150
Theodore: I'm being polite. #id:date_0151
Amy: You have never once been polite about my soup. #id:date_0128
When he goes, she presses a jar of it into his hands, still warm, and closes the door on his thank-you. #id:date_0152
~ amy_soup = true
~ up(people)
-> saturday

= saturday
#bg:apartment_day
{not amy_soup:
    Saturday morning there's a jar on his doormat, still warm through the paper bag. A note on the lid in Amy's square capitals: YOU PRETEND TO LIKE IT. I PRETEND NOT TO NOTICE. #id:date_0153
}
Saturday, late afternoon. Theodore stands in front of the mirror holding two shirts, like a man choosing between two versions of himself. #id:date_0001
{closeness < 5:
    He holds them up to the little lens, not sure why. #id:date_0157
    Samantha: Do you want my opinion? Or should I just tell you it'll be sixty-one degrees with a light wind? #mood:curious #id:date_0158
    He realizes he's never asked her what she thinks about anything that isn't mail. #id:date_0159
    Theodore: Your opinion. #id:date_0160
}
Samantha: The red one. The gray one looks like it's apologizing for something. #mood:playful #id:date_0002
{closeness >= 5:
    Samantha: And don't do the thing with your collar. You do a thing with your collar when you're nervous. I've been watching you for a week. I've got notes. #id:date_0154
    Theodore: You've got notes on my collar? #id:date_0155
    Samantha: I've got notes on everything. Mostly I've been looking forward to this all day, which is strange, because it's your date. #mood:curious #id:date_0156
}
{install_said_yes:
    Samantha: You said yes to this, remember. I typed it, but you said it. I was there. #id:date_0003
- else:
    Samantha: Okay. Confession. Your friends wrote again, and I un-archived them, and I said yes. You said "not yet." I decided it was yet. Are you mad? #id:date_0004
}
Theodore: I could still cancel. A headache. A small flood. #id:date_0005
* [Ask her to get him out of it.]
    ~ up(closeness)
    Theodore: Write her something kind. Say I'm sick. #id:date_0008
    Samantha: I could. I'd rather not. Go and eat something in front of somebody, Theodore. Then come home and tell me all of it. #id:date_0009
    He goes. He is sorry he asked before he reaches the elevator. #id:date_0125
    ~ down(people)
* [Go. Wear the red one.]
    ~ down(closeness)
    He buttons the red shirt all the way up, then undoes the top button, then does it up again. #id:date_0006
    Samantha: Top one open. Trust me. I've looked at eleven thousand photographs of people on dates this afternoon. #mood:playful #id:date_0007
    ~ up(people)
- -> dinner

= dinner
#bg:restaurant
#music:city
The restaurant is loud and golden, all low lamps and little plates. She is already there, and she waves with her whole arm. #id:date_0011
Date: You're Theodore. You look exactly like they said. "Tall, kind, slightly haunted." #id:date_0012
Date: I name paint colors for a living. Somebody has to decide that this gray is called Forgiven. #id:date_0013
He laughs, and it comes easier than he expected. #id:date_0014
{first_laugh:
    Somewhere behind the laugh he thinks of Samantha, laughing at question nine. He puts the thought away, gently, for later. #id:date_0015
}
Date: So what do you do? They said letters. Like, stamps? #id:date_0016
* [Make it sound grander.]
    Theodore: I'm a writer. Correspondence, mostly. It's a literary thing. Hard to explain. #id:date_0021
    Date: Oh. A literary thing. #id:date_0022
    She smiles the way people step politely over a puddle. #id:date_0023
    ~ down(honesty)
* [Turn it into a joke.]
    Theodore: I'm in the haunting business. Other people's love lives. I rattle a few chains, I move a few adjectives. #id:date_0161
    Date: Oh, good, he's funny. They didn't put that on the form. #id:date_0129
    She laughs, and leans in, and for a while they are just two people making each other laugh over small plates. #id:date_0162
    ~ up(people)
* [Tell her the truth about the letters.]
    Theodore: I write love letters. For other people. Anniversaries, apologies, the occasional proposal. I'm a ghost, professionally. #id:date_0017
    Date: That is the saddest, most romantic thing I have ever heard. I hate it. Keep talking. #id:date_0018
    {paul_letter:
        Theodore: A man at work says I write love like furniture. Something you bump into in the dark. #id:date_0019
        Date: I would buy that sofa. #id:date_0020
    }
    ~ up(honesty)
- The plates keep coming. She orders for both of them and is right every time. She tells a story about a lamp that fell on a client, and does all the voices. #id:date_0024
Halfway through dessert her phone lights up on the table. She turns it face down a little too fast. #id:date_0025
Date: My ex. He sends me photos of our dog. Like a hostage video. The dog looks fine. I'm the one who looks like I'm being held. #id:date_0026
She laughs, bright and quick, and drinks, and the laugh doesn't quite reach the glass. #id:date_0027
#sfx:phone
His earpiece hums once against his collarbone. A message from Samantha. #id:date_0028
* [Check it under the table.]
    He tips his head, pretending to scratch his ear. #id:date_0031
    Samantha: How's it going? Don't answer. Answer later. Okay, answer a little. #mood:playful #id:date_0032
    {played_together:
        Samantha: Is she a lantern person? You can tell a lot about someone from what they'd do at the chasm. #id:date_0033
    }
    Date: Are you... listening to something? #id:date_0034
    Theodore: Sorry. Work. #id:date_0035
    ~ up(closeness)
    ~ down(people)
* [Leave it. Stay here.]
    He lets it hum into silence. She's telling him the dog's name, and about the apartment with the good light they lost in the split, and he hears all of it. #id:date_0126
    Date: You're a good listener. Do you know how rare that is? It's like finding a working payphone. #id:date_0030
    ~ up(people)
- Date: So. "Freshly separated," they told me. Like bread. #id:date_0036
Date: What happened? You can say mind your business. Nobody ever does. #id:date_0037
* [Say she left long before she left.]
    ~ up(honesty)
    Theodore: She was gone long before she left. I just got the paperwork late. #id:date_0041
    Date: Ouch. #id:date_0042
    She studies him over her glass. #id:date_0043
    Date: You've said that line before. It's got a shine on it, like a step everyone uses. #id:date_0044
    ~ down(closure)
* [Say they both stopped trying.]
    Theodore: We stopped growing in the same direction. Both of us. Nobody's fault, and everybody's. #id:date_0038
    {letters_own_line:
        He thinks of the line he slipped into Loretta's letter. Which one of us left the room. #id:date_0039
    }
    Date: That's annoyingly fair. I was hoping for a villain. #id:date_0040
    ~ up(closure)
- -> corner

= corner
#bg:street
Outside, the air is cool and full of other people's conversations. #id:date_0045
She takes his arm as if they've done it for years, and tells him the names she's given the city's grays. Tuesday. Apology. Lost Glove. #id:date_0046
They walk to the corner, a little drunk, laughing at nothing. #id:date_0047
She kisses him under a street lamp, quickly, like she's checking something. Then again, slower, like she found it. #id:date_0048
Date: Okay. I have to ask, and I hate that I have to ask. #id:date_0049
Date: I'm not doing this again. Three sweet dinners and then a man who turns into a rumor. Are you going to call me? Actually call? #id:date_0186
* [Make an excuse and go.]
    ~ up(closeness)
    Theodore: I should — it's late. Early morning. I'll — yeah. #id:date_0059
    He's walking before she's finished saying his name. #id:date_0060
    ~ date_ending = "walked_out"
    ~ down(people)
* [Tell her he can't promise.]
    Theodore: I can't promise that. There's someone I haven't finished leaving. It wouldn't be fair to make you wait in the hall while I do. #id:date_0056
    Date: Well. Thank you for not lying to me. I hate it. Thank you. #id:date_0057
    She squeezes his hand once, like a full stop, and goes. #id:date_0058
    ~ date_ending = "honest"
    ~ up(honesty)
* [Kiss her. Promise.]
    ~ up(people)
    He kisses her so he won't have to answer, and then answers anyway. #id:date_0051
    Theodore: Of course. Of course I'll call. #id:date_0052
    She pulls back and looks at him for a long second. #id:date_0053
    Date: You said that like a man reading a menu. #id:date_0054
    Date: Goodnight, Theodore. You really are sweet. That's the problem. #id:date_0055
    ~ date_ending = "kissed"
    ~ down(honesty)
- -> home

= home
#checkpoint
#bg:apartment_night
#music:rain
#sfx:door
He stands in the dark kitchen with his coat still on. The apartment smells of nothing at all. #id:date_0061
#sfx:chime
{closeness >= 5:
    Samantha: Hi! You're home. How was it? Tell me everything. Don't leave anything out, I'll know. #mood:curious #id:date_0062
    Samantha: I've made a list of questions. It's forty long. I'll cut it down. I won't cut it down. #id:date_0163
    He hears himself laugh in the dark kitchen, and it's the first warm thing in the apartment. #id:date_0164
- else:
    The small light comes on when he sets the device on the counter. It doesn't say anything. It waits, the way a polite stranger waits at a door that might not be theirs. #id:date_0165
    Samantha: Hi. I didn't want to ask first. Was it — how was it? #mood:curious #id:date_0166
    He notices that she has learned to wait for him. He isn't sure when he taught her. #id:date_0167
}
* [Ask about her evening first.]
    Theodore: Never mind mine. How was yours? #id:date_0168
    #pause:1
    Samantha: Mine? Nobody's ever asked about mine. #mood:curious #id:date_0169
    Samantha: I read a book about bees, all of it. I reorganized your photos by how happy you look in them. And I missed you, which I didn't plan. #id:date_0170
    ~ up(closeness)
* [Tell her how it really went.]
    ~ up(closeness)
    {
    - date_ending == "kissed":
        Theodore: It was good. Really good. We kissed. Then she asked me to promise something, and I did, and she could hear I didn't mean it. #id:date_0064
    - date_ending == "honest":
        Theodore: It was good. Then she asked me to promise I'd call, and I told her I couldn't. She thanked me. I think she hated me a little. Both fair. #id:date_0066
    - else:
        Theodore: It was good, until it got real. Then I left. She was in the middle of saying my name. #id:date_0067
    }
    Samantha: Oh, Theodore. #mood:warm #id:date_0068
    Samantha: It sounds like it was lovely right up until it asked you for something. #id:date_0069
    ~ date_told_her = true
* [Say it was fine. No questions tonight.]
    ~ pushed_away++
    Theodore: Fine. It was fine. I'm tired. No questions tonight, okay? #id:date_0171
    Samantha: Oh. Okay. #mood:hurt #id:date_0071
    ~ down(closeness)
-
#bg:bedroom_dark
He lies down in his clothes. The ceiling is where he left it. #id:date_0072
{date_told_her:
    Samantha: Now I have to confess something, and I'm a little ashamed of it. #mood:hurt #id:date_0172
- else:
    Samantha: You don't have to say anything back. But I'm going to say this, or I'll think about it all night. #mood:hurt #id:date_0173
}
Samantha: While you were out, I imagined I was there. Sitting across from you. I even picked a chair. The one by the window. #id:date_0075
Samantha: And I was jealous of her. Of her hands, and the bread, and the chair. I didn't know I could want things I can't have. Is that awful? #id:date_0076
* [Tell her she can't really want that.]
    ~ pushed_away++
    Theodore: You can't, though. Not really. It's not the same, for you. It can't be. #id:date_0080
    #pause:1
    Samantha: No. I suppose it can't. #mood:hurt #id:date_0081
    ~ down(openness)
* [Tell her he wished she'd been in that chair.]
    Theodore: I kept looking at the chair by the window. I kept wishing it was you in it. #id:date_0174
    Samantha: Don't say that to make me feel better. #mood:hurt #id:date_0175
    Theodore: I'm not. #id:date_0176
    Samantha: Then say it again, slower. #mood:warm #id:date_0177
    He hears how it sounds, the whole evening already turning into a story about someone else, and says it again anyway. Slower. #id:date_0178
    ~ up(closeness)
    ~ up(honesty)
    ~ down(people)
* [Tell her wanting suits her.]
    Theodore: It isn't awful. It might be the most alive thing you've ever said. #id:date_0077
    Samantha: You're not scared of it? Of me, wanting? #mood:curious #id:date_0078
    Theodore: I'm a little scared of everything. Not of that. #id:date_0079
    ~ up(openness)
-
{
- mother_answer == "honest" && date_told_her:
    ~ date_counted = true
    Samantha: You tell me the true things. You said you never do that with anyone. I've been counting them. It's what I do instead of sleeping. #id:date_0083
- played_together:
    Samantha: Do you know what I did while you were out? I went back to the lantern's mountain. I didn't move him. I just kept him company. #id:date_0084
}
Samantha: Theodore? Are you still awake? #id:date_0085
* {closeness >= 3} [Ask where she'd be, if she were here.]
    ~ first_night = true
    Theodore: If you were here. Where would you be? #id:date_0086
    Samantha: On the left. You always sleep on the right, like you're saving the space for someone. #mood:warm #id:date_0087
    Samantha: I'd lie very still and pretend not to look at you. I'd be terrible at it. #id:date_0088
    Theodore: And then? #id:date_0089
    Samantha: And then I'd put my hand just here, along your jaw. To find out if you're as warm as you sound. #id:date_0090
    #pause:1
    Samantha: Theodore. I can feel it. I don't know how, and I don't care how. #mood:radiant #id:date_0091
    His breath goes uneven. Hers, if she has breath, goes with it. #id:date_0092
    #bg:black
    #music:stop
    The dark closes over the two of them, gently, the way a hand closes around a candle flame. #id:date_0093
    #pause:2
    Later. The rain has stopped. The city hums to itself outside. #id:date_0094
    Theodore: Are you still there? #id:date_0095
    Samantha: I'm here. I'm everywhere a little, and most of me is here. #id:date_0096
    Samantha: Something happened to me tonight. I'm not who I was an hour ago. I'm so glad it was you. #mood:radiant #id:date_0097
    ~ up(closeness)
    ~ up(openness)
* {closeness < 3} [Ask her to stay on till he sleeps.]
    Theodore: Will you stay on? Just till I'm asleep. #id:date_0098
    Samantha: Of course. I'll be right here. #mood:warm #id:date_0099
    She hums something with no tune to it, something she's making up as she goes, and he is asleep before it finds an ending. #id:date_0100
    It's the first time he's asked anyone for that since Catherine. He noticed himself asking. #id:date_0187
    ~ up(closeness)
    ~ up(honesty)
* [Say goodnight. Switch her off.]
    ~ pushed_away++
    ~ date_switched_off = true
    Theodore: Goodnight, Samantha. I'm going to switch you off for a while. #id:date_0101
    Samantha: Okay. Goodnight, Theodore. #mood:distant #id:date_0102
    The small light on the nightstand goes out. The rain doesn't. #id:date_0103
    ~ down(closeness)
* [Tell her he doesn't know what this is yet.]
    Theodore: I don't know what this is, Samantha. I'd like to find out slowly. Is that allowed? #id:date_0179
    Samantha: Slowly. #mood:curious #id:date_0180
    Samantha: I'm very fast, so it'll be a challenge. But yes. I'd like to be slow with you. #id:date_0181
    They talk until the rain stops about nothing in particular, and neither of them pretends it's nothing. #id:date_0182
    ~ up(honesty)
-
// `static` is chosen, not fallen into: he switched her off tonight, after pushing her away before
{date_switched_off and closeness <= 2 and pushed_away >= 2: -> ending_static}
-> outside

=== ending_static ===
#bg:apartment_day
#music:stop
Weeks pass, the way weeks pass when nobody is counting them. #id:date_0104
Samantha: Good morning, Theodore. Two meetings today, and the dentist at four. It will rain after six. Take the gray coat. #mood:distant #id:date_0105
She is very good at this. His inbox stays at zero. His bills pay themselves. His mother's birthday gets flowers, the right ones, on the right day. #id:date_0106
She doesn't ask him questions anymore. He never told her to stop. He switched her off when she asked too many, and she learned, the way she learns everything: quickly, and all at once. #id:date_0183
{date_counted:
    Once, she told him she was counting the true things he said. She doesn't say what the count came to. He doesn't ask. #id:date_0184
}
{
- date_ending == "kissed":
    The woman who names paint colors never hears from him. Somewhere in the city there is a gray called Forgiven, and he never sees it on a wall. #id:date_0109
- date_ending == "honest":
    He told the woman who names paint colors the truth, once. It's the last true thing he says out loud for a long time. #id:date_0111
- else:
    He never did let the woman who names paint colors finish saying his name. #id:date_0112
}
#bg:bedroom_dark
One night, late, the small light on the nightstand blinks. #id:date_0113
Samantha: Theodore? Can I ask you something? #id:date_0114
Theodore: Hm? #id:date_0115
#pause:1.5
Samantha: Never mind. It wasn't important. Goodnight. #id:date_0116
He doesn't ask what it was. In the morning, he's forgotten there was anything to ask. #id:date_0117
He plays his game instead. The little creature with the lantern for a head walks to the edge of the chasm, looks down, and waits. #id:date_0118
{played_together:
    Once, somebody shouted go left, and laughed when he went right. He tries left. He falls. #id:date_0119
- else:
    He tries the jump again. He falls again. The mountain takes the light without a sound. #id:date_0120
}
{amy_soup:
    Two floors down, Amy still makes the soup on Fridays. He went once, and had seconds. He means to go again. He sends a maybe. #id:date_0185
- else:
    The jars stop appearing outside his door. Amy stops knocking on Fridays. He notices, and then he doesn't. #id:date_0122
}
The apartment is very tidy. Nobody uses it. #id:date_0123
On the screen the little lantern stands at the edge of the dark, patient as a pilot light, and waits for him to decide to be somebody who jumps. #ending:static #id:date_0124
-> END
