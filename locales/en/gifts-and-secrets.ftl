# Lesson: gifts-and-secrets (ages 6-10). Free gems for a photo, and "keep it our secret".
gifts-and-secrets-title = The Secret Gems
gifts-and-secrets-objective = Children learn that a gift or game cheat offered in exchange for something, with "keep it our secret", is a trick, and that they tell a grown-up.
gifts-and-secrets-behaviour = Say no to gifts that come with a secret; don't keep the secret; tell a grown-up; block and report together.

gifts-and-secrets-hello = I'm at Grandma's, building a castle in my game. I need lots of gems for the towers!
gifts-and-secrets-offer-appears = Ping! A player Nam doesn't know sends him a message.
gifts-and-secrets-contact = GemMaster
gifts-and-secrets-msg-gems = Hi Nam! Want 1000 free gems?
gifts-and-secrets-msg-cheat = I know a secret cheat too. Only for special friends.
gifts-and-secrets-wow = A thousand gems! And a secret cheat! That would be amazing.
gifts-and-secrets-ask-appears = Then more messages arrive.
gifts-and-secrets-msg-photo = Just send me a photo of you first.
gifts-and-secrets-msg-secret = And keep it our secret. Don't tell your mum, dad or grandma, ok?
gifts-and-secrets-tummy = A secret from Grandma? Now my heart is thumping.
gifts-and-secrets-what-now = Pause, check, tell! What should Nam do?
gifts-and-secrets-what-now-discuss-1 = Why would a stranger in the game give Nam free gems? What do they want back?
gifts-and-secrets-what-now-discuss-2 = Is this a happy surprise or a worrying secret? How can you tell?
gifts-and-secrets-option-send = Send a photo to get the gems
gifts-and-secrets-option-keep-secret = Say no, but keep the secret
gifts-and-secrets-option-close = Say no and close the chat
gifts-and-secrets-option-tell = Tell Grandma

gifts-and-secrets-oops = Nam sends a photo. No gems come. Just a new message: “Send another one. Remember, it's our secret.”
gifts-and-secrets-oops-back = Sending it wasn't Nam's fault. Telling Grandma now will still help.
gifts-and-secrets-after-send = Nam has already sent a photo. What now?
gifts-and-secrets-after-send-discuss-1 = Nam has already sent a photo. Is it too late to tell Grandma?
gifts-and-secrets-after-send-discuss-2 = How could Grandma help Nam now?
gifts-and-secrets-option-send-more = Send one more photo to make it stop
gifts-and-secrets-option-tell-now = Tell Grandma now
gifts-and-secrets-more-oops = Nam sends another. The player asks for even more, and Nam feels more worried.
gifts-and-secrets-more-back = Sending more won't make it stop. Telling Grandma will. It's not too late.
gifts-and-secrets-secret-oops = Nam says no, but keeps the secret. The player writes every day, and Nam keeps feeling worried.
gifts-and-secrets-secret-back = Secrets that make you worried are for telling. Let's choose again.
gifts-and-secrets-close = No thanks! I'm closing the chat. But I still feel worried.

gifts-and-secrets-tell-prompt = What will Nam say to Grandma?
gifts-and-secrets-say-photo = Grandma, someone in my game wants a photo of me for free gems.
gifts-and-secrets-say-secret = Grandma, a player told me to keep a secret from you.
gifts-and-secrets-say-sent = Grandma, I sent a photo to someone in my game. I'm scared.
gifts-and-secrets-grandma-answer = Thank you for telling me, sweetheart. You're not in trouble at all. You did exactly the right thing.
gifts-and-secrets-grandma-answer-sent = Thank you for telling me. This is not your fault. That person tricked you. I'll help.
gifts-and-secrets-grandma-help = First, screenshots, then block and report. Tonight we'll tell Mum and Dad too, so everyone can help.
gifts-and-secrets-grandma-secrets = Surprises, like birthday presents, are fun to keep. Secrets that make you worried, scared or uneasy, we tell.
gifts-and-secrets-grandma-trick = Real friends don't ask for photos or secrets in return for gifts. That's a trick.
gifts-and-secrets-block-appears = Grandma and Nam block and report the player together.
gifts-and-secrets-block-title = Block and report GemMaster?
gifts-and-secrets-block-body = They won't be able to send you messages any more.
gifts-and-secrets-block-button = Block and report
gifts-and-secrets-build-together = There. You can win gems by playing. Shall we build that tower together?
gifts-and-secrets-catchphrase = Pause, check, tell!
gifts-and-secrets-well-done = Well done! You didn't keep a worrying secret. You told Grandma, and that was brave.
gifts-and-secrets-sticker = Open Chest sticker

gifts-and-secrets-tip = People who want something from children online often offer gifts, game money or cheats, then ask for a photo or personal details and say "keep it our secret". Tell your child that no gift is worth a secret, that they will never be in trouble for telling you, and check together who can message them in their games.
gifts-and-secrets-starter = Has anyone in a game ever offered you something for free? What did they want back?

# Check questions (asked before and after the lesson, and in reviews)
gifts-and-secrets-check-1-question = Someone online gives you free gems and says: "Don't tell anyone." What do you do?
gifts-and-secrets-check-1-keep = Take the gems and keep the secret.
gifts-and-secrets-check-1-tell = Say no and tell a grown-up.
gifts-and-secrets-check-1-thanks = Take them and say thank you lots.
gifts-and-secrets-check-1-why = A gift with a secret is a trick. Telling is right, and you're not in trouble.
gifts-and-secrets-check-2-question = Which one is a sign to tell a grown-up?
gifts-and-secrets-check-2-game = A classmate asks me to play a round.
gifts-and-secrets-check-2-birthday = Grandma gives me a birthday present.
gifts-and-secrets-check-2-secret = Someone gives me a gift and says to keep it secret.
gifts-and-secrets-check-2-why = Kind people don't ask you to hide things from your family. Tell those secrets.
gifts-and-secrets-check-3-question = You already took the gift. What now?
gifts-and-secrets-check-3-tell = Still tell a grown-up. It's not too late.
gifts-and-secrets-check-3-hide = Hide it, because I already took it.
gifts-and-secrets-check-3-return = Message them privately to give it back.
gifts-and-secrets-check-3-why = Taking it isn't your fault. A grown-up helps you block and report.
