# Lesson: school-closed-rumour (ages 11-15). An edited "school closed all week" notice spreads;
# an AI chatbot confidently agrees.
school-closed-rumour-title = A Week Off School?
school-closed-rumour-objective = Young people learn that pictures can be edited and AI chatbots can be wrong, and to check the source itself and one other trustworthy place before sharing.
school-closed-rumour-behaviour = Don't share before checking; check the source itself and one more trustworthy place; remember AI can be wrong; report false information; ask a teacher.

school-closed-rumour-thursday = Thursday evening. Online, everyone is talking about one thing.
school-closed-rumour-feed-appears = Minh's feed.
school-closed-rumour-author-news = Hot School News
school-closed-rumour-post-news = BREAKING: Lotus Secondary closes for ALL of next week for roof repairs! Share with your friends now!
school-closed-rumour-author-tuan = Tuan
school-closed-rumour-post-tuan = shared!!! a whole week off everyone
school-closed-rumour-author-ha = Ha
school-closed-rumour-post-ha = is this real? our teacher hasn't said anything
school-closed-rumour-minh-hopes = A week off would be amazing. But there's a maths test tomorrow. What if this isn't true?
school-closed-rumour-check-choice = What does Minh do?
school-closed-rumour-option-chatbot = Ask the AI chatbot, it's quicker
school-closed-rumour-option-school-page = Check the school's own news page
school-closed-rumour-option-share = Share it, everyone else is
school-closed-rumour-option-ask = Ask our form teacher
school-closed-rumour-check-choice-discuss-1 = To find out whether this news is true, where would you check first?
school-closed-rumour-check-choice-discuss-2 = Is asking an AI chatbot enough to know if a piece of news is true? Why, or why not?

school-closed-rumour-shared = Minh's share spreads to another class's chat. Next morning, a few people stay home and miss the test.
school-closed-rumour-shared-back = Everyone shares something false by mistake sometimes. Taking it down and posting a correction still helps lots of people. Let's go back.
school-closed-rumour-chatbot-appears = Minh tries asking an AI chatbot.
school-closed-rumour-chatbot-name = AI Assistant
school-closed-rumour-msg-ask-bot = is Lotus Secondary closed all next week?
school-closed-rumour-msg-bot-answer = Yes. Lotus Secondary will be closed for the whole of next week for roof repairs.
school-closed-rumour-chatbot-wrong = It sounds very sure. But a chatbot may just be repeating what it read online, rumours included. Sounding sure isn't the same as being right. Let's try another way.

school-closed-rumour-school-page = The school's news page says nothing of the sort. The latest post is this week's test timetable.
school-closed-rumour-clues = Minh looks again at the notice: the stamp has been pasted on crooked, half off the page, and it's dated the 31st of November. November doesn't have a 31st.
school-closed-rumour-after-choice = What does Minh do about the post now?
school-closed-rumour-option-correct = Tell the class chat it's fake
school-closed-rumour-option-mock = Tear into the page in the comments
school-closed-rumour-option-report = Report the post
school-closed-rumour-after-choice-discuss-1 = Which details in the notice show that it was edited?
school-closed-rumour-after-choice-discuss-2 = If you were Minh, what would you write in the class chat so people stop sharing it?
school-closed-rumour-mocked = Minh's comment gives the post more engagement, so it gets pushed into even more feeds. A few people start arguing underneath.
school-closed-rumour-mocked-back = Being annoyed makes sense. But arguing under a false post just helps it travel further. Let's choose again.
school-closed-rumour-correction = I've told the class chat: “The week-off thing is fake, it's not on the school's page. Don't share it.” And I've reported the post too.
school-closed-rumour-report = Minh taps Report on the post, picks “False information”, then tells his group: “The week-off thing is fake, it's not on the school's page.”
school-closed-rumour-next-morning = Next morning, Minh goes in as usual and finds his form teacher to be sure.

school-closed-rumour-tell-prompt = What does Minh say to his teacher?
school-closed-rumour-say-is-it-true = Miss, people online are saying school's closed all next week. Is that true?
school-closed-rumour-say-fake = Miss, there's a notice going round that looks edited, and loads of people are sharing it.
school-closed-rumour-teacher-answer = No, it isn't. Thank you for checking before believing it. I'll message the class and the parents straight away.
school-closed-rumour-teacher-tips = Pictures can be edited, and videos can even fake someone's face and voice. Before you believe something, check the source itself, then one more place you trust.
school-closed-rumour-teacher-ai = AI chatbots are handy for ideas, but they can be wrong and still sound completely confident. For anything that matters, check.
school-closed-rumour-minh-test = So the maths test is still on. Well, at least I didn't stay home by mistake.

school-closed-rumour-helpline = If someone uses an edited picture or video to spread lies about you or a friend, save it, report it, and find { $counsellor } in { $counsellor-room }, or call 111, free, day and night.
school-closed-rumour-catchphrase = You're not alone: save, block, tell.
school-closed-rumour-well-done = Well done. You didn't follow the crowd, you went to the source, and you saved your class from a mix-up.
school-closed-rumour-sticker = Fact Finder badge

school-closed-rumour-tip = False news spreads fastest when it's what we want to hear. Practise the habit together: check the source itself (the school's or an official page), one more trustworthy place, and look for odd details in pictures. Remind your teen that AI chatbots can be wrong too.
school-closed-rumour-starter = Have you seen anything online lately that turned out to be false? How did you find out?

school-closed-rumour-check-1-question = A post says your school is closed all next week, and lots of people are sharing it. What do you do first?
school-closed-rumour-check-1-share = Share it; everyone else is, and it looks official.
school-closed-rumour-check-1-chatbot = Ask an AI chatbot; it's quicker than searching myself.
school-closed-rumour-check-1-check = Check the school's own news page, or ask my form teacher.
school-closed-rumour-check-1-why = News we want to be true spreads fastest. Checking the source helps you and your whole class.
school-closed-rumour-check-2-question = An AI chatbot answers very confidently: "Yes, the school is closed all week." What's true?
school-closed-rumour-check-2-wrong = Chatbots can sound sure and still be wrong. I'll check the source.
school-closed-rumour-check-2-sure = If a chatbot sounds that sure, it must have checked.
school-closed-rumour-check-2-again = Asking the chatbot again, in different words, is enough.
school-closed-rumour-check-2-why = A chatbot may repeat rumours it has read. For anything that matters, check the source itself.
school-closed-rumour-check-3-question = You now know for sure the post is fake. What do you do?
school-closed-rumour-check-3-mock = Tear into the page in the comments.
school-closed-rumour-check-3-report = Report the post, and tell the class chat it's fake.
school-closed-rumour-check-3-ignore = Ignore it; at least I know the truth.
school-closed-rumour-check-3-why = Arguing under a false post only helps it spread. Reporting it and telling your class helps everyone.
