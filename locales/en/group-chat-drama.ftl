# Lesson: group-chat-drama (ages 11-15). A new class group chat leaves out Vy, and people start
# mocking her in it.
group-chat-drama-title = The Chat Minus One
group-chat-drama-objective = Young people learn not to join in when a group chat mocks or leaves out a classmate, and what they can do: speak up, save, leave, report, check on the person and tell a member of staff.
group-chat-drama-behaviour = Don't join in; speak up if it feels okay; save, leave, report; check on the person left out; tell the school counsellor.

group-chat-drama-saturday = Saturday evening. Linh gets added to a new class group chat. There are thirty-two people in the class, and thirty-one in the chat.
group-chat-drama-group-appears = The new group chat.
group-chat-drama-group-name = 7A the real one
group-chat-drama-name-tuan = Tuan
group-chat-drama-name-ha = Ha
group-chat-drama-name-khoa = Khoa
group-chat-drama-msg-new-group = new chat, no Vy, way less annoying
group-chat-drama-msg-photo = ok that photo Vy posted yesterday was actually hilarious
group-chat-drama-msg-heart = heart this if Vy annoys you
group-chat-drama-msg-linh = Linh where's your heart
group-chat-drama-linh-feels = Vy probably doesn't even know this chat exists. If it was me, I'd be gutted. And now everyone's waiting for me.
group-chat-drama-group-choice = What does Linh do?
group-chat-drama-option-speak-up = Post in the chat: that's too far
group-chat-drama-option-save = Save the chat first
group-chat-drama-option-heart = Just add a heart so nobody notices me
group-chat-drama-group-choice-discuss-1 = Why is it easy to go along with a group chat, even when it feels wrong?
group-chat-drama-group-choice-discuss-2 = If you wanted to speak up, what could you write that wouldn't start a fight?

group-chat-drama-hearted = Linh's heart sits right under the joke about Vy. Someone screenshots it. If Vy sees it, that's a heart from her close friend.
group-chat-drama-hearted-back = Being scared the group will turn on you is a real feeling. A heart can be taken back, and telling a teacher still helps. Let's choose again.

group-chat-drama-speak-up-appears = Linh types a line, heart pounding.
group-chat-drama-msg-enough = come on guys, talking about Vy behind her back like this is too far. I'm not hearting it
group-chat-drama-msg-ha-agrees = yeah, it is a bit much actually
group-chat-drama-msg-tuan-joke = it's just a joke, chill
group-chat-drama-not-a-fight = One agrees, one doesn't yet. Speaking up isn't about winning an argument: it lets people know not everyone finds it funny.
group-chat-drama-saved = Got screenshots of all of it. Now I'm leaving the chat, and reporting it.
group-chat-drama-leave-choice = Left the chat. Anything else?
group-chat-drama-option-stay-quiet = Act like I never saw it
group-chat-drama-option-message-vy = Ask Vy to have lunch on Monday
group-chat-drama-option-tell = Tell { $counsellor }
group-chat-drama-leave-choice-discuss-1 = Linh has left the chat. What else could she do so Vy doesn't feel left out?
group-chat-drama-leave-choice-discuss-2 = Is telling a teacher the same as snitching? Why, or why not?
group-chat-drama-stay-quiet = The chat is still there, and the jokes carry on. Vy still doesn't know why the class is acting strange around her.
group-chat-drama-stay-quiet-back = It doesn't have to be big. One invitation, or telling someone once, is enough. Let's choose again.
group-chat-drama-message-vy = I've asked Vy to sit with me at lunch on Monday. Then I'll go and tell someone at school.
group-chat-drama-monday = On Monday morning, Linh drops in to { $counsellor-room }.

group-chat-drama-tell-prompt = What does Linh say?
group-chat-drama-say-group = Someone in my class made a group chat to talk about another student behind her back.
group-chat-drama-say-guilty = I've left the chat, but I still feel bad.
group-chat-drama-say-no-names = I want to tell you, but I'm worried they'll find out it was me.
group-chat-drama-counsellor-answer = Thank you for telling me. Speaking up and leaving isn't easy. You don't have to deal with this on your own.
group-chat-drama-counsellor-steps = The school will talk to the students involved, without saying who told us. Your screenshots will help everyone see what happened.
group-chat-drama-lunch = Linh asked me to have lunch with her. Turns out I'm not on my own.

group-chat-drama-helpline = If you're the one being talked about or left out online, save it, block, and find { $counsellor } in { $counsellor-room }, or call 111, free, day and night.
group-chat-drama-catchphrase = You're not alone: save, block, tell.
group-chat-drama-well-done = Well done. Not going along with the whole group is hard, and you did it.
group-chat-drama-sticker = Kind Voice badge

group-chat-drama-tip = In group chats the pressure to join in is strong, and silence is often read as agreement. Let your teen know they have options: don't react, speak up gently, leave, save and tell a teacher, check on the person left out. If they tell you, keep their name out of it when you talk to the school.
group-chat-drama-starter = In your class chat, has a joke ever gone too far? What did people do?

group-chat-drama-check-1-question = A new class chat leaves one classmate out and makes fun of her. Someone writes: "Heart this if she annoys you." What do you do?
group-chat-drama-check-1-speak-up = Don't heart it. If it feels okay, say: "This is too far."
group-chat-drama-check-1-heart = Add a heart so nobody notices me.
group-chat-drama-check-1-read-on = Keep quiet and read on to see what people say.
group-chat-drama-check-1-why = One calm line lets people know not everyone finds it funny. You don't need to win an argument.
group-chat-drama-check-2-question = You decide to leave a chat that is mocking a classmate. What should you do before leaving?
group-chat-drama-check-2-delete = Delete all the messages to clear my head.
group-chat-drama-check-2-harsh = Post something harsh, then leave.
group-chat-drama-check-2-save = Take screenshots, then leave and report it.
group-chat-drama-check-2-why = Screenshots help the school see what happened. The school won't say who told them.
group-chat-drama-check-3-question = What can you do for the classmate who was left out of the class chat?
group-chat-drama-check-3-pretend = Act like I never saw anything.
group-chat-drama-check-3-lunch = Ask them to lunch, and tell the school counsellor.
group-chat-drama-check-3-own-chat = Tell them to start their own chat about the others.
group-chat-drama-check-3-why = A small invitation helps them feel less alone. The adults at school can handle the rest.
