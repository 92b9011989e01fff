# Lesson: stranger-in-game (ages 3-6). Someone you don't know wants to play.
stranger-in-game-title = Play with People You Know
stranger-in-game-objective = Children learn to play online only with people they know in real life, and to tell a grown-up when someone they don't know writes to them in a game.
stranger-in-game-behaviour = Don't answer or play with someone you don't know in a game; show a grown-up.

stranger-in-game-hello = Hi! I'm Mai. Dad and I are on a train to Grandma's!
stranger-in-game-race = Mai plays a car racing game on Dad's tablet. Vroom!
stranger-in-game-dad-near = I'm right here next to you, Mai.
stranger-in-game-chat-appears = Ping! Someone Mai doesn't know writes in the game.
stranger-in-game-contact = Speedy Star
stranger-in-game-msg-fast = Hi Mai! You're really fast!
stranger-in-game-msg-play = Let's play together. Just you and me!
stranger-in-game-tummy = I don't know Speedy Star. My tummy feels funny.
stranger-in-game-what-now = What should Mai do?
stranger-in-game-option-play = Play with Speedy Star
stranger-in-game-option-tell = Show Dad
stranger-in-game-option-no-answer = Don't answer
stranger-in-game-oops = Speedy Star asks lots of questions. Mai doesn't know who this is.
stranger-in-game-oops-back = That's OK! We play with people we know. Let's choose again.
stranger-in-game-no-answer = I won't answer. I'll show Dad.
stranger-in-game-tell-prompt = What will Mai say to Dad?
stranger-in-game-say-dont-know = Dad, someone I don't know wants to play with me.
stranger-in-game-say-tummy = Dad, a message in my game made my tummy feel funny.
stranger-in-game-dad-answer = Thank you for showing me, Mai. You did the right thing.
stranger-in-game-rule = In games, we only play with people we really know.
stranger-in-game-block = Let's block Speedy Star together. There, all done.
stranger-in-game-invite = Shall we ask Nam to race? You know Nam!
stranger-in-game-nam-appears = Ping! Now a message comes from Nam.
stranger-in-game-contact-nam = Nam
stranger-in-game-msg-nam = Hi Mai! It's me, Nam! Let's race!
stranger-in-game-msg-mai = Yay! Ready, steady, go!
stranger-in-game-know-nam = I know Nam. He's my friend from school. Vroom!
stranger-in-game-catchphrase = Stop, think, tell!
stranger-in-game-well-done = Well done! You showed Dad, and you played with Nam.
stranger-in-game-sticker = Race Buddies sticker

stranger-in-game-tip = Many children's games let anyone send messages. Turn off chat or limit it to friends you have approved, and agree that your child plays online only with people they know in real life. Praise them every time they show you a message from someone new.
stranger-in-game-starter = Who are the people you play games with? What would you do if someone you don't know wrote to you?
