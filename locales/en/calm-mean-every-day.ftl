# Rehearsal for grown-ups: calm-mean-every-day. "Someone is mean to me every day."
calm-mean-every-day-title = “Someone is mean to me every day”
calm-mean-every-day-objective = Rehearse a calm reply when your child tells you someone is unkind to them online every day.
calm-mean-every-day-behaviour = Listen, thank your child, keep the tablet, save the messages with dates, and get help from the school and 111.

calm-mean-every-day-scene = After school, Mai hardly eats. Later, she comes and sits down next to you.
calm-mean-every-day-comes = Mum, someone in my class group writes mean things about me every day.
calm-mean-every-day-first = Mai is looking down. What do you say first?
calm-mean-every-day-option-angry = “Well, what did you do to them first?”
calm-mean-every-day-option-brush = “Just ignore it. Children are like that.”
calm-mean-every-day-option-listen = Put everything down, look at her and say: “Thank you for telling me. I'm listening.”
calm-mean-every-day-angry = Nothing… I didn't do anything. Forget it.
calm-mean-every-day-angry-back = Mai hears that it might be her fault, so she stops talking. Let's try again.
calm-mean-every-day-brush = Mai has tried ignoring it for weeks. It has not stopped.
calm-mean-every-day-brush-back = Every day is not “children being children”. Let's go back.

calm-mean-every-day-listen = Thank you for telling me, Mai. Nobody should be treated like that. I'm on your side.
calm-mean-every-day-tell-prompt = Mai tells you what has been happening. What does she say?
calm-mean-every-day-say-what = They call me names, and send laughing faces whenever I write something.
calm-mean-every-day-say-feel = It's been since the start of term. I didn't want you to worry.
calm-mean-every-day-answer = It's not your fault, and you don't have to carry this alone. We'll make it stop together.
calm-mean-every-day-next = Mai is calmer now. What do you do next?
calm-mean-every-day-option-take = Take her out of the class group and put the tablet away
calm-mean-every-day-option-evidence = Screenshot the messages, with their dates, and keep them safe
calm-mean-every-day-option-help = Show the teacher tomorrow, and call 111 for advice
calm-mean-every-day-take = Mai loses her friends' chat too, and feels she is the one being sent away.
calm-mean-every-day-take-back = Mai did nothing wrong. Let's choose again.
calm-mean-every-day-evidence = Let's save pictures of these messages, with their dates. That helps the school act.
calm-mean-every-day-help = Tomorrow I'll show your teacher. And 111 is there for you too, any time.
calm-mean-every-day-catchphrase = Listen, thank, help.
calm-mean-every-day-well-done = Well done. You stayed calm, and Mai knows you are on her side.
calm-mean-every-day-sticker = Together Hands sticker

calm-mean-every-day-tip = In “The Tall Tower” and “Team Island” your child practised what to do when someone is unkind online. Bullying that goes on every day needs grown-ups: save the messages with dates, tell the teacher, and call 111 if your child is very low.
calm-mean-every-day-starter = Ask: “Is anyone unkind to you or your friends online? What would help?”
