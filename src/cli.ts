console.log('diplomatic-study: not yet');
