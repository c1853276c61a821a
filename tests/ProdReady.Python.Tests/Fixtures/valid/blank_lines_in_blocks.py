def f():

    x = 1


    y = 2
  
	
    return x



class C:

    a = 1
