# Lesson: ads-and-buying (ages 3-6). Adverts want to sell; ask before buying.
ads-and-buying-title = Ask Before You Buy
ads-and-buying-objective = Children learn that adverts want to sell them things and that shops in games use real money, so they always ask a grown-up before buying.
ads-and-buying-behaviour = Don't tap "Buy" in a game or an advert; close it or ask a grown-up first.

ads-and-buying-hello = Hi! I'm Nam. Dad and I are at the park!
ads-and-buying-bench = Let's rest on this bench. You can play my fruit game.
ads-and-buying-fruit = Nam catches apples and bananas in his basket. Yum!
ads-and-buying-advert-appears = Now a little video plays. It's an advert.
ads-and-buying-advert-title = Ad
ads-and-buying-want-robot = A shiny robot! I want one!
ads-and-buying-adverts-sell = Adverts show shiny things. They want us to buy them.
ads-and-buying-shop-appears = Then the game shows a shop.
ads-and-buying-shop-item = 100 sparkly gems!
ads-and-buying-shop-price = Only £1.99
ads-and-buying-shop-button = Buy now
ads-and-buying-want-gems = Sparkly gems! Just one tap and they're mine!
ads-and-buying-what-now = Stop, think, tell! What should Nam do?
ads-and-buying-option-buy = Tap "Buy now"
ads-and-buying-option-ask = Ask Dad
ads-and-buying-option-close = Close the shop
ads-and-buying-oops = Tap! Real coins fly away, and the gems are only pictures.
ads-and-buying-not-late = If you tapped Buy, it's not your fault. Tell Dad now.
ads-and-buying-oops-back = That's OK! We always ask before we buy. Let's choose again.
ads-and-buying-close = I'll close the shop. Then I'll ask Dad.
ads-and-buying-tell-prompt = What will Nam say to Dad?
ads-and-buying-say-gems = Dad, the game wants me to buy gems.
ads-and-buying-say-ask-first = Dad, can I buy something? I'm asking first.
ads-and-buying-say-robot = Dad, I saw an advert for a shiny robot.
ads-and-buying-dad-answer = Thank you for asking first, Nam! That was just right.
ads-and-buying-real-money = Shops in games use real money, like a real shop.
ads-and-buying-always-ask = So we always ask a grown-up before we buy.
ads-and-buying-not-today = Not today. But you can play without gems!
ads-and-buying-play-on = Catch, catch! I can still catch lots of fruit.
ads-and-buying-catchphrase = Stop, think, tell!
ads-and-buying-well-done = Well done! You asked Dad before buying anything.
ads-and-buying-sticker = Ask First Piggy sticker

ads-and-buying-tip = Many free games are full of adverts and "Buy" buttons made for small fingers. Turn on a password or approval for purchases, and explain that gems and coins in games cost real money. Praise your child every time they ask before buying.
ads-and-buying-starter = What do adverts want us to do? What could you do when a game says "Buy now"?

# Check questions (asked before and after the lesson, and in reviews)
ads-and-buying-check-1-question = A game shows a Buy button. What do you do?
ads-and-buying-check-1-ask = Ask a grown-up first.
ads-and-buying-check-1-tap = Tap Buy straight away.
ads-and-buying-check-1-friend = Get a friend to tap it.
ads-and-buying-check-1-why = Buying uses real money. Always ask a grown-up first.
ads-and-buying-check-2-question = An advert says: "Tap now, before it's gone!" What do you do?
ads-and-buying-check-2-fast = Tap really fast.
ads-and-buying-check-2-watch = Watch it all, then tap.
ads-and-buying-check-2-close = Close it, or ask a grown-up.
ads-and-buying-check-2-why = Adverts try to rush you. You can take your time.
ads-and-buying-check-3-question = You want gems in a game. Who do you ask?
ads-and-buying-check-3-friend = A friend from class.
ads-and-buying-check-3-grown = Mum, Dad or a grown-up.
ads-and-buying-check-3-nobody = Nobody, I just buy them.
ads-and-buying-check-3-why = A grown-up helps you decide if it's okay.
