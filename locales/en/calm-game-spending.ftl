# Rehearsal for grown-ups: calm-game-spending. "I spent money in a game."
calm-game-spending-title = “I spent money in a game”
calm-game-spending-objective = Rehearse a calm reply when your child owns up to spending money in a game.
calm-game-spending-behaviour = Listen, thank your child for owning up, keep the tablet, save the receipt, fix the settings, and get help.

calm-game-spending-scene = Saturday morning. A message from the bank pops up on your phone. Then Nam comes over, looking at his feet.
calm-game-spending-comes = Dad… I bought gems in my game. I didn't know it was real money.
calm-game-spending-first = Nam is waiting. What do you say first?
calm-game-spending-option-angry = “Do you know how much that cost? No more games, ever!”
calm-game-spending-option-brush = “Never mind, it's only money.” And carry on scrolling.
calm-game-spending-option-listen = Take a breath and say: “Thank you for coming to me. Let's look together.”
calm-game-spending-angry = Sorry… I won't play any more.
calm-game-spending-angry-back = Nam goes to his room. Next time something goes wrong in a game, he may hide it. Let's try again.
calm-game-spending-brush = Nam still does not know how it happened, or how to stop it happening again.
calm-game-spending-brush-back = Nam came to you to understand. Let's go back.

calm-game-spending-listen = Thank you for coming straight to me, Nam. That was honest and brave.
calm-game-spending-tell-prompt = Nam shows you the game's shop. What does he tell you?
calm-game-spending-say-what = The gems were on sale for one hour. I pressed buy, and it just worked.
calm-game-spending-say-feel = It didn't ask for a password. I thought the gems were free.
calm-game-spending-answer = Games make buying very easy, even for grown-ups. It's not your fault. We'll fix the settings together.
calm-game-spending-next = Nam is calmer now. What do you do next?
calm-game-spending-option-take = Take the tablet away until he has paid it back
calm-game-spending-option-evidence = Screenshot the receipt, ask the shop for a refund, and add a password for buying
calm-game-spending-option-help = Call the bank about the payment, and ask the school how other families set limits
calm-game-spending-take = Nam learns that owning up costs him his tablet. Next time, he may hide the bank message instead.
calm-game-spending-take-back = Owning up deserves a thank you. Let's choose again.
calm-game-spending-evidence = We'll screenshot the receipt and ask the shop for our money back. From now on, buying needs my password.
calm-game-spending-help = I'll call the bank today. And we'll make a family plan for games together.
calm-game-spending-catchphrase = Listen, thank, help.
calm-game-spending-well-done = Well done. You stayed calm, so Nam will own up again next time.
calm-game-spending-sticker = Piggy Bank Star sticker

calm-game-spending-tip = In “Ask Before You Buy” your child practised asking before buying in a game. When money goes anyway: thank them for owning up, keep the receipt, ask the store for a refund, and turn on a password or parental control for purchases.
calm-game-spending-starter = Ask: “How can you tell if something in a game costs real money?”
