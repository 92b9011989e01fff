# Rehearsal for grown-ups: calm-prize-address. "Mum, I clicked a prize and typed our address."
calm-prize-address-title = “Mum, I clicked a prize and typed our address”
calm-prize-address-objective = Rehearse a calm reply when your child tells you they clicked a prize and typed in your address.
calm-prize-address-behaviour = Listen, thank your child, keep the tablet where it is, save what happened, and get help.

calm-prize-address-scene = You are cooking dinner. Mai comes into the kitchen slowly, holding the tablet with both hands.
calm-prize-address-comes = Mum… a box said I won a prize. I clicked it and typed our address.
calm-prize-address-first = Mai is watching your face. What do you say first?
calm-prize-address-option-angry = “How many times have I told you not to click those?”
calm-prize-address-option-brush = “It's nothing. Go and play, I'm busy.”
calm-prize-address-option-listen = Turn off the stove, kneel down and say: “Thank you for telling me.”
calm-prize-address-angry = Sorry, Mum… never mind. It's nothing.
calm-prize-address-angry-back = Mai goes quiet. Next time, she may not tell you. It is hard to stay calm when you are worried. Let's try again.
calm-prize-address-brush = Mai walks away, still worried, and the page is still open.
calm-prize-address-brush-back = Telling you took courage, and Mai needs your help. Let's go back and try again.

calm-prize-address-listen = Thank you for telling me, Mai. You did the right thing. Show me what happened.
calm-prize-address-tell-prompt = Mai shows you the screen. What does she tell you?
calm-prize-address-say-what = It asked for our address and your phone number. I typed them in.
calm-prize-address-say-feel = I wanted the prize, but then my tummy felt funny.
calm-prize-address-answer = Those boxes are made to trick everyone, even grown-ups. It's not your fault. We'll sort it out together.
calm-prize-address-next = Mai is calmer now. What do you do next?
calm-prize-address-option-take = Put the tablet away for a week, so it never happens again
calm-prize-address-option-evidence = Take a picture of the screen together, then close the page
calm-prize-address-option-help = Get help: call 111 for advice, and tell the school
calm-prize-address-take = Mai learns that telling you means losing her tablet. Next time, she may keep it to herself.
calm-prize-address-take-back = The tablet did not do this, and Mai did the brave thing. Let's choose again.
calm-prize-address-evidence = Let's take a picture of the screen, so we remember what it asked. Now we close it.
calm-prize-address-help = I'll call 111 to ask what to do about our address, and tell your teacher too.
calm-prize-address-catchphrase = Listen, thank, help.
calm-prize-address-well-done = Well done. You stayed calm, so Mai knows she can always come to you.
calm-prize-address-sticker = Calm Listener sticker

calm-prize-address-tip = In “The Surprise Prize Box” and “Just for Us” your child practised not tapping prizes and keeping the address private. If it happens anyway, it is not a disaster: thank them, screenshot the page, watch for odd calls or post, and ask the school or 111 for advice.
calm-prize-address-starter = Ask together: “If a box asks for our address again, what could we do?”
