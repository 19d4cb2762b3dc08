# title: Amy's Documentary
# author: The Her team
# version: 1.0

// A side story in the world of Her: one evening in Amy's apartment, between the film's
// chapters. Amy has finished a rough cut of her documentary about her mother sleeping, and
// Theodore is the first person she shows it to.

VAR nerve = 3   // Amy's nerve to let the film out into the world
VAR trust = 3   // how much she trusts what Theodore tells her
VAR called_mom = false

-> rough_cut

=== function lift(ref meter, by)
~ meter = MIN(MAX(meter + by, 0), 10)

=== rough_cut ===
#chapter:rough_cut #bg:apartment_night #music:rain
The elevator opens two floors down from Theodore's, onto a hallway that smells of someone's curry. Amy's door is propped open with a shoe. #id:amydoc_0001
Amy: You came. Good. Sit before I lose my nerve. #id:amydoc_0002
Her living room has become an editing suite: two monitors, a tower of hard drives, a coffee mug full of pens, a blanket on the couch shaped like somebody who has been awake too long. #id:amydoc_0003
Amy: It's a rough cut. Rough. Like, sandpaper. You have to promise not to be nice about it. #id:amydoc_0004
* [Promise to be honest]
    Theodore: I promise. I'll be awful. I'll be a critic with a scarf. #id:amydoc_0005
    Amy: Perfect. Hate it articulately. #id:amydoc_0006
    ~ lift(trust, 2)
* [Promise to be kind]
    Theodore: I can't promise that. I'm going to be kind. It's a condition I have. #id:amydoc_0007
    Amy: Ugh. Fine. Kind, but specific. Kind with footnotes. #id:amydoc_0008
    ~ lift(trust, 1)
    ~ lift(nerve, 1)
* [Ask what it's about first]
    Theodore: Tell me what I'm watching before I watch it. #id:amydoc_0009
    Amy: That's the problem. I don't know. I thought I did. Now I think it's about me, which is the worst thing a documentary can be about. #id:amydoc_0010
    ~ lift(trust, 1)
- Amy: Okay. Lights. #id:amydoc_0011
-> the_footage

=== the_footage ===
#bg:editing_room #music:stop
On the left monitor: a bedroom in grey morning light. A woman in her sixties, asleep on her side, one hand tucked under her cheek like a child's. #id:amydoc_0012
The timecode in the corner says 04:12:37. #id:amydoc_0013
Amy: That's my mom. That's her in Phoenix. I set up the camera at eleven and let it run till she woke up. Seven nights. #id:amydoc_0014
Nothing happens. A curtain breathes. The woman turns over. Somewhere outside the frame, a dog decides not to bark after all. #id:amydoc_0015
* [Watch in silence]
    You watch. After a minute you stop waiting for something to happen, and after two you notice that something always is: the light, her breathing, the shadow of the ceiling fan sliding down the wall. #id:amydoc_0016
    Amy: You didn't talk. Nobody doesn't talk. Charles talked the whole time. #id:amydoc_0017
    ~ lift(trust, 2)
* [Ask why sleeping]
    Theodore: Why sleeping? #id:amydoc_0018
    Amy: Because it's the only time she isn't managing anything. Awake, she's running the house, running me, running the book club. Asleep she's just... a person I've never met. #id:amydoc_0019
    ~ lift(nerve, 1)
* [Make a joke]
    Theodore: Does she do anything in season two? #id:amydoc_0020
    Amy: She rolls over. It's very tense. I'm holding it for the finale. #id:amydoc_0021
    She laughs, and then stops laughing a little too quickly. #id:amydoc_0022
- Amy: Be honest. Is it boring? #id:amydoc_0023
* [Say yes, and why it works]
    Theodore: It's boring the way a lake is boring. You stop looking for the plot and start looking at the water. #id:amydoc_0024
    Amy: That's a good sentence. Write that on the poster. #id:amydoc_0025
    ~ lift(nerve, 2)
    ~ lift(trust, 1)
* [Say no]
    Theodore: No. It's not boring. #id:amydoc_0026
    Amy: You said you'd be honest. #id:amydoc_0027
    Theodore: I'm being honest. I'm just bad at it out loud. #id:amydoc_0028
    ~ lift(trust, -1)
* {trust >= 5} [Tell her what you actually saw]
    Theodore: I saw you, behind the camera, at four in the morning. Checking she was still breathing. #id:amydoc_0029
    Amy is quiet for a long moment. #id:amydoc_0030
    Amy: I cut all those parts. How did you see them? #id:amydoc_0031
    Theodore: They're still in it. You just can't cut the way it's framed. #id:amydoc_0032
    ~ lift(nerve, 2)
    ~ lift(trust, 2)
- -> the_phone

=== the_phone ===
#sfx:phone
Your earpiece chimes. A soft voice, only for you. #id:amydoc_0033
Samantha: I don't want to interrupt. But I think she's about to ask you something she's been practising. #mood:warm #id:amydoc_0034
* [Tell Samantha to listen with you]
    Theodore: Stay. Watch with me. #id:amydoc_0035
    Samantha: I'd love that. I've never seen anyone sleep. I want to know what I'm missing. #mood:curious #id:amydoc_0036
* [Take the earpiece out]
    You slip the earpiece into your pocket. This one is Amy's. #id:amydoc_0037
    ~ lift(trust, 1)
- Amy: There's a festival. A small one, in a bar in Silver Lake. They show things on a bedsheet. The deadline is midnight. #id:amydoc_0038
Amy: Tonight midnight. #id:amydoc_0039
Amy: I haven't told my mom any of this. She thinks I'm filming her for "a family thing". #id:amydoc_0040
* [Tell her to call her mother]
    Theodore: Call her. Before the bedsheet. She should get to say yes. #id:amydoc_0041
    Amy: It's nine o'clock in Phoenix. She'll be... #id:amydoc_0042
    Amy: She'll be asleep. Obviously. #id:amydoc_0043
    Amy: I'll call her in the morning. I'll actually call her. #id:amydoc_0044
    ~ called_mom = true
    ~ lift(trust, 1)
* [Tell her to send it]
    Theodore: Send it. You can ask forgiveness from a bedsheet. #id:amydoc_0045
    ~ lift(nerve, 2)
* [Tell her it can wait]
    Theodore: It doesn't have to be this festival. It doesn't have to be tonight. #id:amydoc_0046
    Amy: Everybody says that, and then it's never. #id:amydoc_0047
    ~ lift(nerve, -1)
- -> screening

=== screening ===
#chapter:screening #checkpoint #bg:apartment_night #music:piano
The clock on the right monitor says 11:41. #id:amydoc_0048
Amy drags the file into the upload window and does not let go of the mouse. #id:amydoc_0049
Amy: Say something. Anything. Tell me it's stupid or tell me to click. #id:amydoc_0050
* [Say "Click."]
    Theodore: Click. #id:amydoc_0051
    ~ lift(nerve, 1)
* [Say nothing, and wait]
    You say nothing. You have learned, lately, that sometimes the kindest thing is to be a person in the room. #id:amydoc_0052
    ~ lift(trust, 1)
* [Say it's up to her]
    Theodore: It's your mom and your film. I'll be proud of you either way. #id:amydoc_0053
- {nerve >= 6: -> premiere}
-> drawer

=== premiere ===
#sfx:chime
The progress bar crawls, and fills. Amy lets out a breath she has been holding since Phoenix. #id:amydoc_0054
Amy: Oh no. I did it. Oh no. #id:amydoc_0055
{called_mom and trust >= 7:
    Amy: I'm calling her at seven. Before she's even awake. She can hear about it before the bedsheet does. #id:amydoc_0056
}
Two weeks later, in a bar that smells of spilled beer, a grey bedroom glows on a bedsheet, and forty strangers sit very still and watch a woman in Phoenix breathe. #bg:city_dusk #id:amydoc_0057
Nobody talks. Nobody. #id:amydoc_0058
Amy: That was the best sound I've ever heard. #ending:premiere #id:amydoc_0059
-> END

=== drawer ===
Amy lets go of the mouse. The upload window sits there, patient, and then she closes it. #id:amydoc_0060
Amy: Not this one. Not yet. I think I made it for me. Is that allowed? #id:amydoc_0061
Theodore: I write other people's letters for a living. I'm the last person who gets to say what's allowed. #id:amydoc_0062
{called_mom:
    Amy: I'm going to show it to her, though. Just her. On the couch, with the sound off. She'll probably fall asleep. #id:amydoc_0063
- else:
    Amy: Maybe one day I'll show it to her. When I figure out what it's about. #id:amydoc_0064
}
She copies the file to a small hard drive, labels it MOM in marker, and puts it in the drawer with her good scissors. #ending:drawer #id:amydoc_0065
-> END
