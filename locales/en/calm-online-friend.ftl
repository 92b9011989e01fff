# Rehearsal for grown-ups: calm-online-friend. "I met an online friend."
calm-online-friend-title = “I met my online friend”
calm-online-friend-objective = Rehearse a calm reply when your child tells you they met someone from the internet.
calm-online-friend-behaviour = Listen, thank your child, keep the tablet, keep the messages, and get help from 111, the police and the school.

calm-online-friend-scene = Sunday afternoon. Nam comes back from playing outside and sits down next to you.
calm-online-friend-comes = Dad, I met my friend from the game at the park today. He was much older than he said.
calm-online-friend-first = Nam looks worried. What do you say first?
calm-online-friend-option-angry = “You did what? Go to your room, now!”
calm-online-friend-option-brush = “Oh well, nothing happened, so it's fine.”
calm-online-friend-option-listen = Breathe, hug him and say: “I'm so glad you're home and told me.”
calm-online-friend-angry = I knew you'd be cross. I'm not telling you anything.
calm-online-friend-angry-back = Nam shuts his door. If the man writes again, Nam may not tell you. Let's try again.
calm-online-friend-brush = Nam thinks it is fine. The man is still messaging him, asking to meet again.
calm-online-friend-brush-back = Nam came to you because something felt wrong. Let's go back.

calm-online-friend-listen = I'm so glad you're home and that you told me. You're not in trouble.
calm-online-friend-tell-prompt = Nam tells you what happened. What does he say?
calm-online-friend-say-what = He said he was ten. But he was a grown-up, and he gave me a present.
calm-online-friend-say-feel = He wants to meet again next week, and said not to tell you.
calm-online-friend-answer = Telling me was exactly right. A grown-up who asks a child to keep secrets is not a real friend. It's not your fault.
calm-online-friend-next = Nam is calmer now. What do you do next?
calm-online-friend-option-take = Take his tablet and games away, so he can never chat again
calm-online-friend-option-evidence = Don't reply; save the messages and keep the present
calm-online-friend-option-help = Call 111 and the police for advice today, and tell the school
calm-online-friend-take = Nam feels he is the one in trouble. And the man can still find another way to reach him.
calm-online-friend-take-back = Keep Nam close and talking. Let's choose again.
calm-online-friend-evidence = We won't reply. We'll save the messages and keep the present, so the people who help can see them.
calm-online-friend-help = I'll call 111 and the police now to ask what to do. Tomorrow we'll tell your teacher.
calm-online-friend-catchphrase = Listen, thank, help.
calm-online-friend-well-done = Well done. You stayed calm, and Nam will keep telling you.
calm-online-friend-sticker = Sharp Eye sticker

calm-online-friend-tip = In “See You at the Park?” and “The Secret Gems” your child practised never meeting online friends alone and saying no to secrets. If it has happened: thank them, keep every message, do not reply, and call 111 and the police the same day.
calm-online-friend-starter = Ask: “If an online friend asks to meet you, what would you do?”
