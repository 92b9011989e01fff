# Rehearsal for grown-ups: calm-photo-requests. "Dad, someone keeps asking me for photos."
calm-photo-requests-title = “Someone keeps asking me for photos”
calm-photo-requests-objective = Rehearse a calm reply when your child tells you someone online keeps asking them for photos.
calm-photo-requests-behaviour = Listen, thank your child, keep the messages, block and report, and call for advice.

calm-photo-requests-scene = Evening. Nam sits down next to you on the sofa, quieter than usual.
calm-photo-requests-comes = Dad… someone in my game keeps asking me to send photos of me.
calm-photo-requests-first = Nam is watching your face. What do you say first?
calm-photo-requests-option-angry = “Who is it? Give me that tablet right now!”
calm-photo-requests-option-brush = “Just ignore them. It's only a game.”
calm-photo-requests-option-listen = Stay calm, put your phone down and say: “I'm glad you told me.”
calm-photo-requests-angry = I didn't send anything! Forget it, Dad.
calm-photo-requests-angry-back = Nam thinks he is in trouble, so he stops talking. Your worry is natural. Let's try again, calmly.
calm-photo-requests-brush = Nam nods. But the messages keep coming, and he does not know what to do.
calm-photo-requests-brush-back = Someone who keeps asking a child for photos is not “only a game”. Let's go back.

calm-photo-requests-listen = I'm really glad you told me, Nam. You're not in trouble. Can you show me?
calm-photo-requests-tell-prompt = Nam opens the chat. What does he tell you?
calm-photo-requests-say-what = He wants photos of me in my pyjamas, and says to keep it secret.
calm-photo-requests-say-feel = I said no, but he keeps asking. He says I'm his best friend.
calm-photo-requests-answer = You did exactly the right thing. A real friend never asks for secret photos. It's not your fault.
calm-photo-requests-next = Nam is calmer now. What do you do next?
calm-photo-requests-option-take = Delete the chat and take the tablet away
calm-photo-requests-option-evidence = Screenshot the chat and the profile, then block and report
calm-photo-requests-option-help = Call 111 for advice, and tell the school
calm-photo-requests-take = The messages are gone, so nobody can see what he asked. And Nam thinks telling cost him his tablet.
calm-photo-requests-take-back = Keep the messages, and keep Nam close. Let's choose again.
calm-photo-requests-evidence = We'll save pictures of this chat. Then we block him and report him in the game.
calm-photo-requests-help = Tonight I'll call 111 to ask what else to do, and tomorrow I'll tell your teacher.
calm-photo-requests-catchphrase = Listen, thank, help.
calm-photo-requests-well-done = Well done. You stayed calm, and Nam will come to you again.
calm-photo-requests-sticker = Safe Harbour sticker

calm-photo-requests-tip = In “The Secret Gems” and “See You at the Park?” your child practised saying no to secrets and telling you. Anyone who keeps asking a child for photos must be reported: keep the messages, block, report, and call 111 or the police for advice.
calm-photo-requests-starter = Ask: “If someone online asks you for a photo, who could you tell?”
