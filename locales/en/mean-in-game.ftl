# Lesson: mean-in-game (ages 3-6). Someone is unkind in a game.
mean-in-game-title = The Tall Tower
mean-in-game-objective = Children learn that when someone is unkind in a game they don't write mean words back: they tell a grown-up.
mean-in-game-behaviour = Don't answer unkind words with unkind words; put the game down and tell a grown-up.

mean-in-game-hello = Hi! I'm Nam. I love building towers in my game!
mean-in-game-building = Nam plays at the kitchen table. Dad is cooking nearby.
mean-in-game-chat-appears = Ping! A player writes to Nam in the game.
mean-in-game-contact = Big Builder
mean-in-game-msg-ugly = Your tower is ugly!
mean-in-game-msg-go-away = You can't play with us. Go away!
mean-in-game-sad = That made me sad, and a bit cross. I don't like it.
mean-in-game-what-now = Stop, think, tell! What should Nam do?
mean-in-game-what-now-discuss-1 = How do those words make Nam feel? How can you tell?
mean-in-game-what-now-discuss-2 = If Nam writes mean words back, what might happen next?
mean-in-game-option-mean-back = Write mean words back
mean-in-game-option-tell = Tell Dad
mean-in-game-option-put-down = Put the tablet down
mean-in-game-oops = Nam writes mean words back. Now more mean words come!
mean-in-game-not-late = If you wrote back, it's not your fault. Tell Dad now.
mean-in-game-oops-back = That's OK! Mean words make more mean words. Let's choose again.
mean-in-game-put-down = I won't write back. I'll go and tell Dad.
mean-in-game-tell-prompt = What will Nam say to Dad?
mean-in-game-say-ugly = Dad, a player said my tower is ugly.
mean-in-game-say-sad = Dad, some words in my game made me sad.
mean-in-game-dad-answer = Thank you for telling me, Nam. Those words were unkind.
mean-in-game-block = Let's block that player together. Now they can't write to you.
mean-in-game-proud = Your tower is great. You didn't write back. I'm proud!
mean-in-game-kind-rule = If words in a game make you sad, come and tell me.
mean-in-game-catchphrase = Stop, think, tell!
mean-in-game-well-done = Well done! You didn't write mean words back. You told Dad.
mean-in-game-sticker = Kind Tower sticker

mean-in-game-tip = When someone is unkind online, young children often answer back in the same way. Praise your child for stopping and telling you, and block the player together.
mean-in-game-starter = Has anyone ever said something unkind in a game? How did it make you feel?

# Check questions (asked before and after the lesson, and in reviews)
mean-in-game-check-1-question = Someone writes unkind words in a game. What do you do?
mean-in-game-check-1-back = Write unkind words back.
mean-in-game-check-1-stop = Stop and tell a grown-up.
mean-in-game-check-1-laugh = Laugh it off.
mean-in-game-check-1-why = Unkind words back make it worse. A grown-up can help.
mean-in-game-check-2-question = Unkind words make you sad. What can you do?
mean-in-game-check-2-quiet = Stay sad and say nothing.
mean-in-game-check-2-more = Keep playing like nothing happened.
mean-in-game-check-2-tell = Tell a grown-up how I feel.
mean-in-game-check-2-why = It's okay to feel sad. Grown-ups want to know.
mean-in-game-check-3-question = How do you talk to friends in a game?
mean-in-game-check-3-kind = With kind words.
mean-in-game-check-3-tease = Tease them for fun.
mean-in-game-check-3-why = Kind words make games fun for everyone.
