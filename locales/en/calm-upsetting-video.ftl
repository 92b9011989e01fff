# Rehearsal for grown-ups: calm-upsetting-video. "I watched something scary."
calm-upsetting-video-title = “I watched something that upset me”
calm-upsetting-video-objective = Rehearse a calm reply when your child tells you a video upset them.
calm-upsetting-video-behaviour = Comfort and listen, thank your child, keep the tablet, report the video, and get help if the feeling stays.

calm-upsetting-video-scene = Bedtime. Mai cannot sleep, and comes to find you.
calm-upsetting-video-comes = Mum, I watched a video that upset me. I keep seeing it when I close my eyes.
calm-upsetting-video-first = Mai is holding your hand. What do you say first?
calm-upsetting-video-option-angry = “That's what happens when you watch things without asking!”
calm-upsetting-video-option-brush = “It isn't real. Stop being silly and go to sleep.”
calm-upsetting-video-option-listen = Sit on her bed, give her a cuddle and say: “I'm here. Tell me.”
calm-upsetting-video-angry = Sorry, Mum… I'll just go back to bed.
calm-upsetting-video-angry-back = Mai goes back to bed alone, with the picture still in her head. Let's try again.
calm-upsetting-video-brush = Mai lies awake. The feeling does not go away because someone said it was silly.
calm-upsetting-video-brush-back = Feelings get smaller when someone listens. Let's go back.

calm-upsetting-video-listen = Come here, sweetheart. Thank you for telling me. Feelings are easier to carry together.
calm-upsetting-video-tell-prompt = Mai snuggles up to you. What does she tell you?
calm-upsetting-video-say-what = It started as a cartoon, then it changed. People were shouting, and it looked real.
calm-upsetting-video-say-feel = The next video played by itself. I didn't choose it.
calm-upsetting-video-answer = Some videos are made to look like cartoons. It's not your fault. You're safe here with me.
calm-upsetting-video-next = Mai is calmer now. What do you do next?
calm-upsetting-video-option-take = No more videos: put the tablet away for good
calm-upsetting-video-option-evidence = Tomorrow, report the video together and switch off autoplay
calm-upsetting-video-option-help = If she is still upset in a few days, talk to the school or call 111
calm-upsetting-video-take = Mai hears: telling Mum means no more cartoons. Next time, she may keep it to herself.
calm-upsetting-video-take-back = Mai needs you close, not a lost tablet. Let's choose again.
calm-upsetting-video-evidence = Tomorrow we'll report that video, and switch off autoplay so the next one can't start by itself.
calm-upsetting-video-help = If the pictures keep coming back, we'll talk to your teacher, or call 111 together.
calm-upsetting-video-catchphrase = Listen, thank, help.
calm-upsetting-video-well-done = Well done. You stayed calm, so Mai knows she can always come to you.
calm-upsetting-video-sticker = Goodnight Moon sticker

calm-upsetting-video-tip = In “Cover It and Tell” your child practised covering the screen and telling you. Comfort first; questions can wait. Report the video, turn off autoplay, and if sleep or mood stay upset for more than a few days, talk to the school or call 111.
calm-upsetting-video-starter = Ask: “What could you do if a video ever makes you feel funny inside?”
