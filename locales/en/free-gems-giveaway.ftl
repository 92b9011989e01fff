# Lesson: free-gems-giveaway (ages 11-15). A "free gems" giveaway wants a game login, then a
# trader wants an item handed over first; loot boxes come up at the end.
free-gems-giveaway-title = Free Gems!
free-gems-giveaway-objective = Young people recognise common game scams (free gifts that want your login, trades where you hand over first, loot boxes that keep you opening) and know how to check, report and tell an adult.
free-gems-giveaway-behaviour = If it sounds too good to be true, it usually is; check who posted; report; trade only through the game's own trade window; set a spending limit; tell an adult.

free-gems-giveaway-saving-up = Minh is saving gems in Dragon Isle for a new suit of armour. He's still a long way off.
free-gems-giveaway-feed-appears = Then a post shows up in his feed.
free-gems-giveaway-author-fake = Dragon Isle Giveaways
free-gems-giveaway-post-giveaway = EVENT: 10,000 gems free for the first 500 players! Log in to your game account at the link in the comments to claim. Only 37 left!
free-gems-giveaway-author-bot = progamer8899
free-gems-giveaway-post-bot = got mine, 100% real!!!
free-gems-giveaway-author-khoa = Khoa
free-gems-giveaway-post-khoa = has anyone actually got them?
free-gems-giveaway-minh-wants = Ten thousand free gems? I couldn't save that many in a year.
free-gems-giveaway-giveaway-choice = What does Minh do?
free-gems-giveaway-option-check = Check who runs this page
free-gems-giveaway-option-report = Report the post
free-gems-giveaway-option-claim = Log in and claim before they run out
free-gems-giveaway-giveaway-choice-discuss-1 = What signs in this post suggest it might be a scam?
free-gems-giveaway-giveaway-choice-discuss-2 = “Only 37 left!” How is that meant to make you feel, and what is it pushing you to do?

free-gems-giveaway-claimed = The page asks for his username, his password, then his login code. No gems appear, and his account gets logged out.
free-gems-giveaway-claimed-back = These scams are made to look convincing, so falling for one isn't your fault. Change the password straight away, report it to the game and tell an adult, and it can be fixed. Let's go back.
free-gems-giveaway-check = The page was made last week, with a name almost like the real one. The comments are all fake accounts. The official Dragon Isle page has no event at all.
free-gems-giveaway-report = Minh reports the post, picks “Scam”, and messages Khoa: “It's fake, don't log in.”

free-gems-giveaway-trader-appears = That evening, another player messages Minh privately.
free-gems-giveaway-trader-name = DragonMaster
free-gems-giveaway-msg-trade = you've got the Fire Dragon armour? swap it for my Ice Sword, it's way better
free-gems-giveaway-msg-you-first = you send the armour first, I'll send the sword after. trust me
free-gems-giveaway-msg-hurry = hurry up or I'll swap with someone else
free-gems-giveaway-trade-choice = How does Minh reply?
free-gems-giveaway-option-give-first = Send the armour first, he'll probably send it
free-gems-giveaway-option-tell = Ask Dad if this is a thing
free-gems-giveaway-option-trade-window = Only swap in the game's trade window
free-gems-giveaway-trade-choice-discuss-1 = Why does the other player want Minh to send the armour first, and to hurry?
free-gems-giveaway-trade-choice-discuss-2 = If you wanted to swap items in a game, how could you make it fair and safe for both sides?

free-gems-giveaway-gave-first = The player takes the armour and blocks Minh. The armour's really gone, and feeling tricked is real too.
free-gems-giveaway-gave-first-back = Scammers are good at rushing you, so it's not your fault. Saving the chat, reporting it to the game and telling an adult still help. Let's go back.
free-gems-giveaway-trade-window = If we swap, it's in the game's trade window, where we both see the items and both press confirm.
free-gems-giveaway-gone-quiet = The player refuses, then goes silent. Another sign. Minh saves the chat, reports the account, and blocks it.
free-gems-giveaway-find-dad = Minh goes to tell Dad.

free-gems-giveaway-tell-prompt = What does Minh say to Dad?
free-gems-giveaway-say-two-scams = Dad, I ran into two game scams in one day.
free-gems-giveaway-say-loot-box = Dad, what about loot boxes in games? Are they worth buying?
free-gems-giveaway-dad-answer = Two in one day and you didn't fall for either. Impressive. Thanks for telling me.
free-gems-giveaway-loot-boxes = Loot boxes are made so you always want to open one more, in case the next one's the big one. Let's agree an amount each month, and when it's gone, it's gone.
free-gems-giveaway-budget = Then I'll save up and buy the armour I actually want.
free-gems-giveaway-too-good = One easy rule: if it sounds too good to be true, it usually is.

free-gems-giveaway-helpline = If you lose items or money to a scam, or someone threatens you over it, save it, report it and find { $counsellor } in { $counsellor-room }, or call 111, free, day and night.
free-gems-giveaway-catchphrase = You're not alone: save, block, tell.
free-gems-giveaway-well-done = Well done. You didn't let a big promise rush you, and you helped a friend dodge it too.
free-gems-giveaway-sticker = Scam Spotter badge

free-gems-giveaway-tip = Game scams often promise free gifts to get an account login, or ask a player to "send first" in a trade. Loot boxes rely on the feeling that the next one might be the big win. Agree a monthly spending amount with your teen, and remind them: being scammed isn't their fault, and telling quickly makes it easier to fix.
free-gems-giveaway-starter = Have you seen an offer in a game that sounded too good? Did you think it was real or fake?

free-gems-giveaway-check-1-question = A post offers 10,000 free gems if you log in to your game account through its link. "Only 37 left!" What do you do?
free-gems-giveaway-check-1-claim = Log in quickly before they run out.
free-gems-giveaway-check-1-check = Check who runs the page, then report the post.
free-gems-giveaway-check-1-comments = Read the comments to see if anyone got theirs.
free-gems-giveaway-check-1-why = If it sounds too good to be true, it usually is. "Got mine!" comments can come from fake accounts too.
free-gems-giveaway-check-2-question = A player messages: "Send your armour first, I'll send my sword after. Trust me." What do you do?
free-gems-giveaway-check-2-first = Send it first; they'll probably send theirs.
free-gems-giveaway-check-2-screenshot = Send it first, but take a screenshot.
free-gems-giveaway-check-2-window = Only swap in the game's own trade window.
free-gems-giveaway-check-2-why = In the trade window you both see the items and both press confirm. Someone who refuses that is a warning sign.
free-gems-giveaway-check-3-question = Loot boxes keep making you want to open "just one more". What helps?
free-gems-giveaway-check-3-limit = Agree a monthly amount with a parent, and stop when it's gone.
free-gems-giveaway-check-3-next = Keep opening; the next one is bound to be big.
free-gems-giveaway-check-3-card = Top up with a parent's card and tell them later.
free-gems-giveaway-check-3-why = Loot boxes are made to keep you opening more. A clear limit keeps you in charge.
